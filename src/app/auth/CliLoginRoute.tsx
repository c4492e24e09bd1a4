import { Alert, Button, Container, Paper, Stack, Typography } from '@mui/material'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { meQueries } from '@/shared/auth/meQueries'
import { sessionActions, sessionSnapshot, useAccessToken } from '@/shared/stores/sessionStore'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LoadingState } from '@/shared/ui/DataState'
import { LongText } from '@/shared/ui/LongText'
import { checkCliLoginRequest, cliErrorUrl, cliSuccessUrl, type CliLoginRequest } from './cliLogin'
import { SignInForm } from './SignInForm'
import { signInQueries } from './signInQueries'

/** Leaves the console for the CLI's loopback page without leaving the token-bearing URL in this tab's history. */
const leaveFor = (url: string) => window.location.replace(url)

/** `/cli-login`: the CLI browser-login handoff (api-contract §11). */
export function Component() {
  const [params] = useSearchParams()
  const check = useMemo(() => checkCliLoginRequest(params), [params])
  return (
    <Container maxWidth="sm" component="main" sx={{ py: 6 }}>
      <Paper sx={{ p: 4 }}>
        <Typography variant="h1" sx={{ mb: 2 }}>
          Sign in the HLA-Compass CLI
        </Typography>
        {check.ok ? (
          <Handoff request={check.request} />
        ) : (
          <Alert severity="error" role="alert">
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              This sign-in request was refused.
            </Typography>
            <Typography variant="body2">{check.reason}</Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              Nothing was sent anywhere. Start the sign-in again from the CLI.
            </Typography>
          </Alert>
        )}
      </Paper>
    </Container>
  )
}

function Handoff({ request }: { request: CliLoginRequest }) {
  const accessToken = useAccessToken()
  const queryClient = useQueryClient()
  const [restoreTried, setRestoreTried] = useState(false)
  const [done, setDone] = useState<'allowed' | 'cancelled' | null>(null)
  const restore = useQuery({
    ...signInQueries.restoredSession(),
    enabled: !accessToken && !!sessionSnapshot().refreshToken && !restoreTried,
  })
  const me = useQuery({ ...meQueries.me(), enabled: !!accessToken })

  if (done)
    return (
      <Alert severity="success">
        {done === 'allowed' ? 'The CLI is signed in.' : 'The CLI sign-in was cancelled.'} You can close this tab.
      </Alert>
    )
  if (!accessToken) {
    if (restore.isLoading) return <LoadingState label="Restoring your session" />
    return (
      <Stack spacing={2}>
        <Typography>Sign in first; the CLI on {request.hostLabel} waits.</Typography>
        <SignInForm
          onSignedIn={(tokens) => {
            sessionActions().signedIn(tokens)
            setRestoreTried(true)
            void queryClient.invalidateQueries({ queryKey: meQueries.all() })
          }}
        />
      </Stack>
    )
  }
  if (me.isPending) return <LoadingState label="Loading your account" />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />
  const activeOrg = me.data.organizations.find((org) => org.id === me.data.activeOrgId)
  const allow = () => {
    const session = sessionSnapshot()
    if (!session.accessToken || !session.refreshToken) return leaveFor(cliErrorUrl(request, 'login_failed'))
    const expiresIn = Math.max(1, Math.round(((session.expiresAt ?? Date.now()) - Date.now()) / 1000))
    setDone('allowed')
    leaveFor(
      cliSuccessUrl(request, { access_token: session.accessToken, refresh_token: session.refreshToken, expires_in: expiresIn }),
    )
  }
  return (
    <Stack spacing={3}>
      <Typography>
        Sign in the HLA-Compass CLI on <code>{request.hostLabel}</code> as{' '}
        <strong>
          <LongText value={me.data.email} label="e-mail address" />
        </strong>{' '}
        (<LongText value={activeOrg?.name ?? me.data.activeOrgId} label="organization name" />
        )?
      </Typography>
      <Stack direction="row" spacing={2}>
        <Button variant="contained" onClick={allow}>
          Allow
        </Button>
        <Button
          variant="outlined"
          onClick={() => {
            setDone('cancelled')
            leaveFor(cliErrorUrl(request, 'access_denied'))
          }}
        >
          Cancel
        </Button>
      </Stack>
    </Stack>
  )
}
