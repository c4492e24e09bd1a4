import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { isApiError } from '@/shared/api/ApiError'
import { CopyButton } from './CopyButton'
import { errorTitle, forbiddenExplanation } from './errorText'

type Props = {
  error: unknown
  onRetry?: () => void
  /** A way forward besides retrying, e.g. a link back to the list. */
  action?: ReactNode
  title?: string
  /** What to do about it, below the message (the API address to check, another way in). */
  hint?: ReactNode
}

/** An explained error: code, message, request id (copyable) and a way forward. Never a blank panel. */
export function ErrorState({ error, onRetry, action, title, hint }: Props) {
  const api = isApiError(error) ? error : null
  const code = api?.code ?? 'CLIENT_ERROR'
  const message = api?.message ?? (error instanceof Error ? error.message : 'An unexpected error occurred.')
  const status = api?.status ?? 0
  const forbidden = api ? forbiddenExplanation(api.details) : null
  // What the API does not offer is no failure: explained, not alarming, and no retry changes it.
  const notSupported = code === 'NOT_SUPPORTED'
  const canRetry = onRetry && !(status === 403 || status === 404 || notSupported)
  const severity = notSupported ? 'info' : status === 403 || status === 404 ? 'warning' : 'error'
  return (
    <Alert severity={severity} role="alert" sx={{ alignItems: 'flex-start' }}>
      <AlertTitle>{title ?? errorTitle(code, status)}</AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">{message}</Typography>
        {forbidden && <Typography variant="body2">{forbidden}</Typography>}
        {hint}
        {api?.fieldPath && (
          <Typography variant="body2">
            Field: <code>{api.fieldPath}</code>
            {api.endpoint && (
              <>
                {' '}
                in the answer of <code>{api.endpoint}</code>
              </>
            )}
          </Typography>
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Typography variant="caption">
            Code <code>{code}</code>
            {status > 0 && <> · HTTP {status}</>}
          </Typography>
          {api?.requestId && (
            <Typography variant="caption" component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
              Request id <code style={{ marginLeft: 4 }}>{api.requestId}</code>
              <CopyButton value={api.requestId} label="Copy request id" />
            </Typography>
          )}
        </Box>
        {(canRetry || action) && (
          <Stack direction="row" spacing={1}>
            {canRetry && (
              <Button variant="outlined" color="inherit" size="small" onClick={onRetry}>
                Retry
              </Button>
            )}
            {action}
          </Stack>
        )}
      </Stack>
    </Alert>
  )
}
