import { Box, Container, Paper, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearchParams } from 'react-router'
import { safeReturnTo } from '@/shared/lib/paths'
import { isDemoMode } from '@/shared/lib/env'
import { sessionActions } from '@/shared/stores/sessionStore'
import { DevkitSignIn } from './DevkitSignIn'
import { SignInForm } from './SignInForm'

/** `/login`: sign in, then back to where the user was going (`returnTo`, same-app paths only). */
export function Component() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const returnTo = safeReturnTo(params.get('returnTo'))
  return (
    <Container maxWidth="sm" component="main" sx={{ py: 6 }}>
      <Paper sx={{ p: 4 }}>
        <Typography variant="h1" sx={{ mb: 1 }}>
          Sign in to HLA-Compass
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 3 }}>
          {isDemoMode
            ? 'This is the demo: pick a person to sign in as. Their roles decide what the console shows.'
            : 'Use your platform account.'}
        </Typography>
        <DevkitSignIn
          onContinue={(apiKey) => {
            sessionActions().devkitEntered({ apiKey })
            queryClient.clear()
            void navigate(returnTo, { replace: true })
          }}
        />
        <SignInForm
          onSignedIn={(tokens) => {
            sessionActions().signedIn(tokens)
            queryClient.clear()
            void navigate(returnTo, { replace: true })
          }}
        />
      </Paper>
      <Box sx={{ mt: 2, textAlign: 'center' }}>
        <Typography variant="caption" color="textSecondary">
          Tokens are kept in memory for this tab only.
        </Typography>
      </Box>
    </Container>
  )
}
