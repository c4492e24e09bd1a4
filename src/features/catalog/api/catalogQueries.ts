import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleVersionList, type ModuleVersion } from '@/shared/contract/modules'
import { ModuleRunPage, type ModuleRun } from '@/shared/contract/moduleRuns'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { moduleQueries } from '@/shared/entities/modules'

export const MODULE_RUNS_PAGE_SIZE = 20

const isValidating = (versions: ModuleVersion[] | undefined) => !!versions?.some((v) => v.status === 'VALIDATING')
const isActive = (runs: ModuleRun[] | undefined) => !!runs?.some((r) => r.status === 'queued' || r.status === 'running')

/** Query factories of the catalog. Keys: ['modules', 'list'] and ['modules', moduleId, 'detail' | 'versions' | 'runs', …]. */
export const catalogQueries = {
  // The module itself and the whole list are the shared entity's (every area reads them); the rest is the catalog's.
  all: moduleQueries.all,
  list: moduleQueries.list,
  scope: moduleQueries.scope,
  detail: moduleQueries.detail,
  versions: (moduleId: string) =>
    queryOptions({
      queryKey: [...catalogQueries.scope(moduleId), 'versions'],
      queryFn: ({ signal }) => http(apiPaths.moduleVersions(moduleId), ModuleVersionList, { signal }),
      // Intake is running: follow it until every version has settled, then stop polling.
      refetchInterval: (query) => (isValidating(query.state.data?.items) ? 5_000 : false),
    }),
  runsScope: (moduleId: string) => [...catalogQueries.scope(moduleId), 'runs'] as const,
  /** This module's runs, newest first, with the platform's page/limit paging (api-contract §6). */
  runs: (moduleId: string, page: number) =>
    queryOptions({
      queryKey: [...catalogQueries.runsScope(moduleId), { page }],
      queryFn: ({ signal }) =>
        http(withQuery(apiPaths.moduleRuns(), { moduleId, page, limit: MODULE_RUNS_PAGE_SIZE, order: 'desc' }), ModuleRunPage, {
          signal,
        }),
      placeholderData: (previous) => previous,
      refetchInterval: (query) => (isActive(query.state.data?.items) ? 5_000 : false),
    }),
}
