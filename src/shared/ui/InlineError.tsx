import { Box, Button, Typography } from '@mui/material'
import { isApiError } from '@/shared/api/ApiError'

type Props = { error: unknown; what: string; onRetry: () => void }

/**
 * A one-line explained error for a part that only adds to a page (a lookup, a statistic): what could not be loaded,
 * the code, the request id and Retry. The page's main content stays; ErrorState is for what the page is about.
 */
export function InlineError({ error, what, onRetry }: Props) {
  const api = isApiError(error) ? error : null
  return (
    <Box role="alert" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', color: 'error.main' }}>
      <Typography variant="caption" sx={{ overflowWrap: 'anywhere' }}>
        {what}: {api?.message ?? (error instanceof Error ? error.message : 'the request failed')}
      </Typography>
      <Typography variant="caption">
        Code <code>{api?.code ?? 'CLIENT_ERROR'}</code>
        {api?.requestId && (
          <>
            {' '}
            · Request id <code>{api.requestId}</code>
          </>
        )}
      </Typography>
      <Button size="small" color="inherit" onClick={onRetry}>
        Retry
      </Button>
    </Box>
  )
}

type QueryProps = {
  query: { isError: boolean; error: unknown; refetch: () => Promise<unknown> }
  what: string
  /** Space below it, in theme units, where it sits between two parts of a page. */
  spaceBelow?: number
}

/** `InlineError` for a failed query, its refetch as Retry; nothing while the query has not failed. */
export function QueryInlineError({ query, what, spaceBelow }: QueryProps) {
  if (!query.isError) return null
  const error = <InlineError error={query.error} what={what} onRetry={() => void query.refetch()} />
  return spaceBelow ? <Box sx={{ mb: spaceBelow }}>{error}</Box> : error
}
