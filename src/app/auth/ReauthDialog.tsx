import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { ApiError } from '@/shared/api/ApiError'
import { reauthAbandoned, reauthSucceeded } from '@/shared/api/session'
import { meQueries } from '@/shared/auth/meQueries'
import { sessionActions, useReauthRequired } from '@/shared/stores/sessionStore'
import { SignInForm } from './SignInForm'

/**
 * Sign-in over the current page when the session has ended (api-contract §2.4, 401): the page and everything typed in
 * it stay; the calls that met the 401 resume once the user is back.
 */
export function ReauthDialog() {
  const open = useReauthRequired()
  const queryClient = useQueryClient()
  const me = queryClient.getQueryData(meQueries.me().queryKey)
  return (
    <Dialog open={open} aria-labelledby="reauth-title" maxWidth="sm" fullWidth>
      <DialogTitle id="reauth-title">Your session has ended</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Sign in again to continue. This page and what you typed stay as they are.
        </DialogContentText>
        <SignInForm
          expectedEmail={me?.email}
          onSignedIn={(tokens) => {
            sessionActions().signedIn(tokens)
            reauthSucceeded()
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() =>
            reauthAbandoned(new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: 'You chose not to sign in again.' }))
          }
        >
          Cancel
        </Button>
      </DialogActions>
    </Dialog>
  )
}
