import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { Workflow, WorkflowPage } from '@/shared/contract/workflows'

/** Search and cursor of the workflow list, as the URL and the API carry them (api-contract §9). */
export type WorkflowListParams = { q?: string; cursor?: string; limit?: number }

/** Query factories for workflows. Keys: ['workflows', 'list', params] and ['workflows', workflowId, 'detail']. */
export const workflowQueries = {
  all: () => ['workflows'] as const,
  lists: () => [...workflowQueries.all(), 'list'] as const,
  list: (params: WorkflowListParams) =>
    queryOptions({
      queryKey: [...workflowQueries.lists(), params],
      queryFn: ({ signal }) => http(withQuery(apiPaths.workflows(), params), WorkflowPage, { signal }),
      placeholderData: (previous) => previous,
    }),
  scope: (workflowId: string) => [...workflowQueries.all(), workflowId] as const,
  detail: (workflowId: string) =>
    queryOptions({
      queryKey: [...workflowQueries.scope(workflowId), 'detail'],
      queryFn: ({ signal }) => http(apiPaths.workflow(workflowId), Workflow, { signal }),
    }),
}
