import type { QueryClient } from '@tanstack/react-query'
import { lazyPreloaded } from '@/shared/ui/lazyPreloaded'
import type { WorkflowRunListParams } from '../../api/workflowRunQueries'

/**
 * The runs × steps grid as Run History loads it: its code, schema and query only by dynamic import, so the list view's
 * first load does not carry them (issue 17, item 6). `lazyPreloaded`: once loaded (the switch was pointed at, or the
 * loader of a `?view=grid` page), the grid renders at once instead of suspending into React's 300 ms reveal throttle.
 */
export const LazyRunStepGrid = lazyPreloaded(() => import('./RunStepGrid').then((m) => m.RunStepGrid))

/**
 * A page opened in grid view: the grid's chunk is awaited beside the list's data (so it renders without suspending), its
 * data only started — a slow grid answer shows as the grid's own loading state, never holds up the page.
 */
export function primeGrid(queryClient: QueryClient, workflowId: string, params: WorkflowRunListParams): Promise<unknown> {
  void import('../../api/runStepQueries').then(({ runStepQueries }) =>
    queryClient.prefetchQuery(runStepQueries.page(workflowId, params)),
  )
  return LazyRunStepGrid.load()
}
