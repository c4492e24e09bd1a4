import { Box, Button, Typography } from '@mui/material'
import { useRouteError } from 'react-router'
import { useHasSession } from '@/shared/stores/sessionStore'
import { ErrorState } from '@/shared/ui/ErrorState'
import { useSignOut } from '../auth/useSignOut'

/**
 * The last line of defence: whatever escaped every route boundary is still explained, never a white page. No shell
 * is around it, so sign-out is offered here when there is a session to leave (issue 13: no dead ends).
 */
export function RootErrorBoundary() {
  const error = useRouteError()
  const hasSession = useHasSession()
  const signOut = useSignOut()
  return (
    <Box component="main" sx={{ maxWidth: 720, mx: 'auto', p: 4 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        The console hit an unexpected problem
      </Typography>
      <ErrorState
        error={error}
        onRetry={() => window.location.reload()}
        action={
          <>
            <Button href="/" size="small" color="inherit">
              Go home
            </Button>
            {hasSession && (
              <Button size="small" color="inherit" onClick={() => signOut()}>
                Sign out
              </Button>
            )}
          </>
        }
      />
    </Box>
  )
}
