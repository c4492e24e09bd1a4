import type { QueryClient } from '@tanstack/react-query'
import { whenIdle } from '@/shared/lib/whenIdle'
import { workflowQueries } from '../api/workflowQueries'
import { statsFilters, workflowRunQueries } from '../api/workflowRunQueries'
import { runListParamsFrom } from './runListParams'

/**
 * Run History's code, fetched before it is asked for (issue 16): a first visit otherwise waits for the route's chunk
 * and the table's chunk one after the other, then for the data. The same specifiers as the route table, so the browser
 * evaluates each module once.
 */
export const loadRunHistoryChunks = () =>
  Promise.all([
    import('../routes/RunHistoryRoute'),
    import('../routes/RunHistoryRoute.data'),
    import('../components/RunHistoryTable'),
  ])

/** While the workflow list idles: the chunks only (a few kB, and most people open a workflow next). */
export const preloadRunHistoryWhenIdle = (): (() => void) => whenIdle(() => void loadRunHistoryChunks().catch(() => undefined))

/**
 * On intent (the pointer over a workflow's link, or the focus on it): the chunks and the data the route's loader
 * waits for — the workflow and the first page of its runs with no filter — so a click finds them in flight or done.
 */
export function prefetchRunHistory(queryClient: QueryClient, workflowId: string): void {
  const params = runListParamsFrom(new URLSearchParams())
  void loadRunHistoryChunks().catch(() => undefined)
  void queryClient.prefetchQuery(workflowQueries.detail(workflowId))
  void queryClient.prefetchQuery(workflowRunQueries.list(workflowId, params))
  void queryClient.prefetchQuery(workflowRunQueries.stats(workflowId, statsFilters(params)))
}
