import { Box } from '@mui/material'
import type { ReactNode } from 'react'
import { LoadingState } from './DataState'
import { ErrorState } from './ErrorState'
import { InlineError } from './InlineError'

/** What QueryState reads of a query (a `useQuery` or `useInfiniteQuery` result). */
type QueryLike<T> = { data: T | undefined; error: unknown; refetch: () => unknown }

type Props<T> = {
  query: QueryLike<T>
  /** Says what is loading: "Loading modules". */
  loading: string
  /** What the data is, for a failed refresh: "The modules". */
  what: string
  /** Whether the data holds nothing to show; `empty` is shown instead of `children` then. */
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  /** A way forward on a first-load error besides Retry, e.g. a link back. */
  errorAction?: ReactNode
  children: (data: T) => ReactNode
}

/**
 * Loading, error, empty and data of one query, by one rule (decision 012). Without data: the loading state, or the
 * explained error with Retry. With data: the data, always. A failed refresh of data already on screen (a poll, an
 * invalidation) adds one line above it — what failed, its code and request id, Retry — and never replaces it with an
 * error card: what the reader was looking at stays, marked as possibly stale until a refresh succeeds.
 */
export function QueryState<T>({ query, loading, what, isEmpty, empty, errorAction, children }: Props<T>) {
  const { data, error } = query
  const retry = () => void query.refetch()
  if (data === undefined)
    return error ? <ErrorState error={error} onRetry={retry} action={errorAction} /> : <LoadingState label={loading} />
  return (
    <>
      <RefreshError query={query} what={what} />
      {isEmpty?.(data) ? empty : children(data)}
    </>
  )
}

/**
 * The one line QueryState shows above data whose refresh failed, for views that lay out their own loading and first-
 * load error (a detail page's header stays): nothing while the data is fresh or there is none yet.
 */
export function RefreshError<T>({ query, what }: { query: QueryLike<T>; what: string }) {
  if (query.data === undefined || !query.error) return null
  return (
    <Box sx={{ px: 2, py: 1 }}>
      <InlineError
        error={query.error}
        what={`${what} could not be refreshed; showing the last data received`}
        onRetry={() => void query.refetch()}
      />
    </Box>
  )
}
