import type { QueryClient } from '@tanstack/react-query'
import { paths } from '@/shared/lib/paths'
import type { WorkflowRunListParams } from '../api/workflowRunQueries'

/** URL key of Run History's view: `?view=grid` shows the runs × steps grid; the list (the default) is left out. */
export const VIEW_KEY = 'view'
export type RunView = 'list' | 'grid'

export const runViewFrom = (value: string | null | undefined): RunView => (value === 'grid' ? 'grid' : 'list')

/** Starts loading the grid's chunk: on hover or focus of its switch, so the click usually finds it there. */
export const preloadGridChunk = () => import('../components/grid/RunStepGrid')

/**
 * A page opened in grid view starts the grid's chunk and its data with the list's, not after them. Both by dynamic
 * import: the grid's code and schema stay out of Run History's first load.
 */
export function prefetchGrid(queryClient: QueryClient, workflowId: string, params: WorkflowRunListParams): void {
  void preloadGridChunk()
  void import('../api/runStepQueries').then(({ runStepQueries }) =>
    queryClient.prefetchQuery(runStepQueries.page(workflowId, params)),
  )
}

/** The run page at a step: `/workflows/:id/runs/:runId?step=` (the run detail selects that step). */
export const runAtStep = (workflowId: string, runId: string, stepId?: string) =>
  `${paths.workflowRun(workflowId, runId)}${stepId ? `?step=${encodeURIComponent(stepId)}` : ''}`
