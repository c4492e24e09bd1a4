import { Alert, Box, Button, Divider, Stack, TextField, Typography } from '@mui/material'
import { useMutation } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { TokenPair } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { isDemoMode } from '@/shared/lib/env'
import { LoadingState } from '@/shared/ui/DataState'
import { SignInFailure } from './SignInFailure'

// Demo-only UI: a real-mode build folds the condition to null and leaves the picker out.
const DemoUserPicker =
  import.meta.env.VITE_API_MOCKING !== 'off'
    ? lazy(() => import('./DemoUserPicker').then((m) => ({ default: m.DemoUserPicker })))
    : null

type Props = {
  onSignedIn: (tokens: TokenPair) => void
  /** During re-sign-in the account is known; the demo picker highlights it. */
  expectedEmail?: string
}

/** A pasted token lives as long as the platform says; without a refresh token the session ends with it. */
const PASTED_TOKEN_TTL_S = 3600

/**
 * Sign-in: in demo mode pick a seeded user; against a real API, email + password through `/v1/auth/login`, or paste
 * an access token (api-contract §4).
 */
export function SignInForm({ onSignedIn, expectedEmail }: Props) {
  const [email, setEmail] = useState(expectedEmail ?? '')
  const [password, setPassword] = useState('')
  const [pastedToken, setPastedToken] = useState('')
  const login = useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      http(apiPaths.login(), TokenPair, { method: 'POST', body: credentials, auth: false }),
    onSuccess: (tokens) => {
      setPassword('')
      onSignedIn(tokens)
    },
  })

  if (isDemoMode && DemoUserPicker) {
    return (
      <Stack spacing={2}>
        {login.error && <SignInFailure error={login.error} />}
        <Suspense fallback={<LoadingState label="Loading demo users" />}>
          <DemoUserPicker
            highlightEmail={expectedEmail}
            disabled={login.isPending}
            onPick={(userEmail) => login.mutate({ email: userEmail, password: 'demo' })}
          />
        </Suspense>
      </Stack>
    )
  }

  return (
    <Stack spacing={2}>
      {login.error && <SignInFailure error={login.error} />}
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          login.mutate({ email, password })
        }}
      >
        <Stack spacing={2}>
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <Button type="submit" variant="contained" disabled={login.isPending || !email || !password}>
            Sign in
          </Button>
        </Stack>
      </Box>
      <Divider>or</Divider>
      <Typography variant="body2" color="textSecondary">
        Paste an access token issued by the platform (for example by <code>hla-compass auth token</code>).
      </Typography>
      <TextField
        label="Access token"
        type="password"
        autoComplete="off"
        value={pastedToken}
        onChange={(e) => setPastedToken(e.target.value)}
      />
      <Button
        variant="outlined"
        disabled={!pastedToken.trim()}
        onClick={() => {
          onSignedIn({ access_token: pastedToken.trim(), refresh_token: '', expires_in: PASTED_TOKEN_TTL_S })
          setPastedToken('')
        }}
      >
        Use this token
      </Button>
      <Alert severity="info" variant="outlined">
        Tokens are kept in memory only; a pasted token cannot be refreshed.
      </Alert>
    </Stack>
  )
}
