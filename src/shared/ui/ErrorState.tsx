import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { isApiError } from '@/shared/api/ApiError'
import { CopyButton } from './CopyButton'

type Props = {
  error: unknown
  onRetry?: () => void
  /** A way forward besides retrying, e.g. a link back to the list. */
  action?: ReactNode
  title?: string
}

const ROLE_NAMES: Record<string, string> = {
  superuser: 'platform admin (superuser)',
  admin: 'organization admin',
  developer: 'developer',
  scientist: 'scientist',
}

const REASONS: Record<string, string> = {
  module_not_granted: 'Your organization has no grant for this module.',
  data_grant_missing: 'Your organization has no approved data-access grant for this data.',
  not_member: 'You are not a member of this organization.',
  insufficient_credits: 'Your organization does not have enough credits.',
}

/** Titles a person understands, by error code (api-contract §2.4). */
function titleFor(code: string, status: number): string {
  if (code === 'INVALID_RESPONSE') return 'The server answered in an unexpected shape'
  if (code === 'NETWORK_ERROR') return 'The server could not be reached'
  if (code === 'TIMEOUT') return 'The server did not answer in time'
  if (code === 'FORBIDDEN' || status === 403) return 'You do not have access to this'
  if (code === 'NOT_FOUND' || status === 404) return 'Not found'
  if (code === 'RATE_LIMITED') return 'Too many requests'
  if (code === 'CONFLICT') return 'This changed meanwhile'
  if (code === 'UNAUTHENTICATED') return 'Your session has ended'
  if (status >= 500) return 'The server failed to answer'
  return 'Something went wrong'
}

/** What a 403 says is missing: a role or a grant. */
export function forbiddenExplanation(details: { requiredRoles?: string[]; reason?: string }): string | null {
  if (details.requiredRoles?.length)
    return `This needs the role ${details.requiredRoles.map((r) => ROLE_NAMES[r] ?? r).join(' or ')}. Ask an admin of your organization.`
  if (details.reason) return REASONS[details.reason] ?? `Reason: ${details.reason}.`
  return null
}

/** An explained error: code, message, request id (copyable) and a way forward. Never a blank panel. */
export function ErrorState({ error, onRetry, action, title }: Props) {
  const api = isApiError(error) ? error : null
  const code = api?.code ?? 'CLIENT_ERROR'
  const message = api?.message ?? (error instanceof Error ? error.message : 'An unexpected error occurred.')
  const status = api?.status ?? 0
  const forbidden = api ? forbiddenExplanation(api.details) : null
  const canRetry = onRetry && !(status === 403 || status === 404)
  return (
    <Alert severity={status === 403 || status === 404 ? 'warning' : 'error'} role="alert" sx={{ alignItems: 'flex-start' }}>
      <AlertTitle>{title ?? titleFor(code, status)}</AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">{message}</Typography>
        {forbidden && <Typography variant="body2">{forbidden}</Typography>}
        {api?.fieldPath && (
          <Typography variant="body2">
            Field: <code>{api.fieldPath}</code>
            {api.endpoint && (
              <>
                {' '}in the answer of <code>{api.endpoint}</code>
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
