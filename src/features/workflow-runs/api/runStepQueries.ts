import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { WorkflowRunStepPage } from '@/shared/contract/workflowRunSteps'
import { LIVE_REFRESH_MS, workflowRunQueries, type WorkflowRunListParams } from './workflowRunQueries'

/**
 * The runs × steps grid's one query (api-contract §9 "Runs × steps"): the run list's page, with each run's step states.
 * A module of its own, loaded with the grid, so Run History's list view never carries it. Key:
 * ['workflow-runs', 'steps', workflowId, params], under the run family that ['workflow-runs'] invalidates.
 */
export const runStepQueries = {
  page: (workflowId: string, params: WorkflowRunListParams) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'steps', workflowId, params],
      queryFn: ({ signal }) => http(withQuery(apiPaths.workflowRunSteps(workflowId), params), WorkflowRunStepPage, { signal }),
      // The previous page stays while a filter or page change loads, but never another workflow's grid.
      placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === workflowId ? previous : undefined),
      // As the list: polled only while a run on the page is running.
      refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'RUNNING') ? LIVE_REFRESH_MS : false),
    }),
}
