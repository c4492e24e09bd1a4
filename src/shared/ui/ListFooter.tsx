import { Box, Button, Typography } from '@mui/material'
import { ErrorState } from './ErrorState'

type Props = {
  /** What the rows are, plural: "members". */
  noun: string
  shown: number
  total?: number
  hasMore: boolean
  loadingMore: boolean
  /** The error of a failed "Load more" (the rows already on screen stay). */
  error?: unknown
  onLoadMore: () => void
}

/** Count of the rows on screen and "Load more" for a cursor-paged list (api-contract §2.5). */
export function ListFooter({ noun, shown, total, hasMore, loadingMore, error, onLoadMore }: Props) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, py: 1 }}>
      {error !== undefined && error !== null && <ErrorState error={error} onRetry={onLoadMore} />}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} aria-live="polite">
          {total !== undefined ? `${shown} of ${total} ${noun}` : `${shown} ${noun}${hasMore ? ', more available' : ''}`}
        </Typography>
        {hasMore && (
          <Button size="small" variant="outlined" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </Box>
    </Box>
  )
}
