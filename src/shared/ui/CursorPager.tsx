import { useLocation, useNavigate } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { PlainButton } from './PlainButton'
import './CursorPager.css'

type Props = {
  /** 1-based number of the page on screen (from the URL). */
  page: number
  pageSize: number
  shown: number
  total?: number
  nextCursor: string | null
  /** Whether the server says more exists without a cursor (`has_more`). */
  hasMore?: boolean
}

type PagerState = { previousCursors?: (string | null)[] } | null

/**
 * Cursor paging whose place lives in the URL (`cursor`, `page`): Next pushes a history entry, so Back returns to the
 * previous page; Previous and First work from the cursors remembered in history state. Static styles (CursorPager.css):
 * it is in the first frame of every list (issue 16).
 */
export function CursorPager({ page, pageSize, shown, total, nextCursor, hasMore }: Props) {
  const location = useLocation()
  const navigate = useNavigate()
  const previousCursors = (location.state as PagerState)?.previousCursors ?? []
  const go = (cursor: string | null, nextPage: number, cursors: (string | null)[]) => {
    const params = new URLSearchParams(location.search)
    if (cursor) params.set('cursor', cursor)
    else params.delete('cursor')
    if (nextPage > 1) params.set('page', String(nextPage))
    else params.delete('page')
    void navigate({ search: params.toString() }, { state: { previousCursors: cursors } })
  }
  const first = (page - 1) * pageSize + 1
  const canGoBack = page > 1 && previousCursors.length > 0
  return (
    <div className="cursor-pager">
      <p className="cursor-pager-rows" aria-live="polite">
        {shown === 0
          ? 'No rows'
          : `Rows ${formatCount(first)}–${formatCount(first + shown - 1)}${
              total !== undefined ? ` of ${formatCount(total)}` : nextCursor || hasMore ? ', more available' : ''
            }`}
      </p>
      <PlainButton size="small" disabled={page <= 1} onClick={() => go(null, 1, [])}>
        First page
      </PlainButton>
      <PlainButton
        size="small"
        disabled={!canGoBack}
        onClick={() => go(previousCursors[previousCursors.length - 1] ?? null, page - 1, previousCursors.slice(0, -1))}
      >
        Previous page
      </PlainButton>
      <PlainButton
        size="small"
        variant="outlined"
        disabled={!nextCursor}
        onClick={() => go(nextCursor, page + 1, [...previousCursors, new URLSearchParams(location.search).get('cursor')])}
      >
        Next page
      </PlainButton>
    </div>
  )
}
