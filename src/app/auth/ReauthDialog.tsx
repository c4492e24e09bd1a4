import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/shared/api/ApiError'
import { http, newIdempotencyKey } from '@/shared/api/http'
import { reauthAbandoned, reauthSucceeded } from '@/shared/api/session'
import { meQueries } from '@/shared/auth/meQueries'
import { TokenPair, type Me } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { sessionActions, useReauthRequired } from '@/shared/stores/sessionStore'
import { SignInForm } from './SignInForm'

/**
 * A new sign-in is scoped to the user's default organization (api-contract §4), but the page and the calls waiting on
 * it belong to the organization the user was working in: without switching back, a registry save would answer 404 and a
 * run would start in the wrong organization.
 */
async function returnToOrganization(me: Me | undefined, queryClient: QueryClient): Promise<void> {
  if (!me || me.organizations.length < 2) return
  try {
    const tokens = await http(apiPaths.switchOrg(), TokenPair, {
      method: 'POST',
      body: { orgId: me.activeOrgId },
      idempotencyKey: newIdempotencyKey(),
    })
    sessionActions().signedIn(tokens)
  } catch {
    // No longer a member there: the waiting calls explain their own errors, and the shell shows where the user now is.
    await queryClient.invalidateQueries({ queryKey: meQueries.me().queryKey })
  }
}

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
            void returnToOrganization(me, queryClient).then(reauthSucceeded)
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
