import { Box, Button, Typography } from '@mui/material'
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { formatCount } from '@/shared/lib/format'
import { ErrorState } from './ErrorState'

type Props = {
  /** What the rows are, plural: "members". */
  noun: string
  /** The cursor-paged list's infinite query: pages with `items` and, when the server counts, `total`. */
  query: UseInfiniteQueryResult<InfiniteData<{ items: unknown[]; total?: number }>>
}

/**
 * Count of the rows on screen and "Load more" for a cursor-paged list (api-contract §2.5). A failed "Load more" is
 * explained here while the rows already on screen stay.
 */
export function ListFooter({ noun, query }: Props) {
  const pages = query.data?.pages ?? []
  const shown = pages.reduce((sum, page) => sum + page.items.length, 0)
  const total = pages.at(-1)?.total
  const loadMore = () => void query.fetchNextPage()
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, py: 1 }}>
      {query.isFetchNextPageError && <ErrorState error={query.error} onRetry={loadMore} />}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }} aria-live="polite">
          {total !== undefined
            ? `${formatCount(shown)} of ${formatCount(total)} ${noun}`
            : `${formatCount(shown)} ${noun}${query.hasNextPage ? ', more available' : ''}`}
        </Typography>
        {query.hasNextPage && (
          <Button size="small" variant="outlined" onClick={loadMore} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </Box>
    </Box>
  )
}
