import { Button, Container, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink, useLocation, useRevalidator, useRouteError } from 'react-router'
import { isApiError } from '@/shared/api/ApiError'
import { apiKindQueries } from '@/shared/api/detectApi'
import { paths } from '@/shared/lib/paths'
import { useHasSession } from '@/shared/stores/sessionStore'
import { ErrorState } from '@/shared/ui/ErrorState'
import { explainRouteError } from '@/shared/ui/explainRouteError'
import { ApiAddressHint } from '../auth/ApiAddressHint'
import { explainFailedCall, IDENTITY_CALL, sessionCallOf, withExplanation } from '../auth/explainFailedCall'
import { useSignOut } from '../auth/useSignOut'

/**
 * The boundary of the signed-in shell itself (issue 13). When the shell's loader fails — `GET /v1/auth/me`, restoring
 * the session — there is no shell around this card, and every address fails the same way, so "Go home" would only
 * show it again: it names the call and its answer, and offers what the shell would have, sign-out, besides a retry.
 */
export function ShellErrorBoundary() {
  const error = explainRouteError(useRouteError())
  const api = isApiError(error) ? error : null
  const call = sessionCallOf(error)
  const explained = call && api ? explainFailedCall(call, api) : null
  const revalidator = useRevalidator()
  const location = useLocation()
  const hasSession = useHasSession()
  const signOut = useSignOut()
  // A devkit API answers the identity call with 404 (it has no accounts): ask what runs there, to say so.
  const kind = useQuery({ ...apiKindQueries.kind(), enabled: call === IDENTITY_CALL && api?.status === 404 })
  const isDevkit = kind.data?.kind === 'devkit'
  const returnTo = `${location.pathname}${location.search}`

  return (
    <Container component="main" maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {call?.failure ?? 'The console could not be shown'}
      </Typography>
      <ErrorState
        title={call ? `${call.method} ${call.endpoint} failed` : undefined}
        error={api && explained ? withExplanation(api, explained.message) : error}
        hint={
          <>
            {call === IDENTITY_CALL && (
              <Typography variant="body2">
                Every page needs this answer: it tells the console who you are, your organization and your roles.
              </Typography>
            )}
            {isDevkit && (
              <Typography variant="body2">
                This API is a local devkit API, which has no accounts: sign out, then choose{' '}
                <strong>Continue with the local devkit</strong> on the sign-in page.
              </Typography>
            )}
            {explained?.addressSuspect && !isDevkit && <ApiAddressHint />}
          </>
        }
        action={
          <>
            <Button variant="outlined" color="inherit" size="small" onClick={() => void revalidator.revalidate()}>
              Retry
            </Button>
            {hasSession ? (
              <Button variant="contained" size="small" onClick={() => signOut(returnTo)}>
                Sign out and return to sign-in
              </Button>
            ) : (
              <Button component={RouterLink} to={paths.login(returnTo)} variant="contained" size="small">
                Go to sign-in
              </Button>
            )}
          </>
        }
      />
    </Container>
  )
}
