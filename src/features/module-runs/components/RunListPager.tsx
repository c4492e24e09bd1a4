import { Box, Pagination, PaginationItem, Typography } from '@mui/material'
import { Link as RouterLink, useLocation } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { LIST_KEYS, pageCount } from '../lib/runListParams'

type Props = { page: number; limit: number; total: number; shown: number }

/** Numbered pages (the platform's page/limit paging, api-contract §2.5); each page is a link that keeps the filters. */
export function RunListPager({ page, limit, total, shown }: Props) {
  const location = useLocation()
  const hrefFor = (target: number | null) => {
    const search = new URLSearchParams(location.search)
    if (target && target > 1) search.set(LIST_KEYS.page, String(target))
    else search.delete(LIST_KEYS.page)
    const text = search.toString()
    return `${location.pathname}${text ? `?${text}` : ''}`
  }
  const first = (page - 1) * limit + 1
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 1, px: 2, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }} aria-live="polite">
        {shown === 0
          ? `No runs on page ${page}`
          : `Runs ${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`}
      </Typography>
      <Pagination
        aria-label="Pages of module runs"
        page={page}
        count={pageCount(total, limit)}
        siblingCount={1}
        renderItem={(item) => <PaginationItem component={RouterLink} to={hrefFor(item.page)} {...item} />}
      />
    </Box>
  )
}
