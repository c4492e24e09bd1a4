import { Alert, Button, Stack, TextField, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { apiKindQueries } from '@/shared/api/detectApi'
import { API_BASE } from '@/shared/contract/apiBase'
import { DEVKIT_SERVICE } from '@/shared/contract/devkit'

/**
 * "Continue with the local devkit" (issue 13): shown when the API turns out to be the platform's devkit stub, which has
 * no accounts. The API key is needed only when the stub was started with `DEVKIT_API_KEY`; it is kept in memory.
 */
export function DevkitSignIn({ onContinue }: { onContinue: (apiKey: string | null) => void }) {
  const kind = useQuery(apiKindQueries.kind())
  const [apiKey, setApiKey] = useState('')
  if (kind.data?.kind !== 'devkit') return null
  return (
    <Stack
      component="form"
      spacing={2}
      aria-label="Local devkit"
      onSubmit={(event) => {
        event.preventDefault()
        onContinue(apiKey.trim() || null)
      }}
    >
      <Alert severity="info">
        The API at <code>{API_BASE}</code> is a local devkit API ({DEVKIT_SERVICE}). It has no user accounts: continue as the
        local developer.
      </Alert>
      <TextField
        label="API key (optional)"
        type="password"
        autoComplete="off"
        value={apiKey}
        onChange={(event) => setApiKey(event.target.value)}
        helperText="Only if the devkit was started with DEVKIT_API_KEY; sent as X-API-Key on writes, kept in memory for this tab."
      />
      <Button type="submit" variant="contained">
        Continue with the local devkit
      </Button>
      <Typography variant="caption" color="textSecondary">
        Or sign in to a platform below.
      </Typography>
    </Stack>
  )
}
