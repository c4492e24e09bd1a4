import { queryOptions } from '@tanstack/react-query'
import { ModuleRunPage } from '@/shared/contract/moduleRuns'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'

export type ModuleRunListParams = { page?: number; limit?: number; status?: string; moduleId?: string; order?: 'asc' | 'desc' }

/** Query factories for module runs (api-contract §6); keys go from general to specific. */
export const moduleRunQueries = {
  all: () => ['module-runs'] as const,
  lists: () => [...moduleRunQueries.all(), 'list'] as const,
  list: (params: ModuleRunListParams) =>
    queryOptions({
      queryKey: [...moduleRunQueries.lists(), params],
      queryFn: ({ signal }) => http(withQuery(apiPaths.moduleRuns(), params), ModuleRunPage, { signal }),
    }),
}
