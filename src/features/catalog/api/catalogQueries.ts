import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleVersionList, type ModuleVersion } from '@/shared/contract/modules'
import { apiPaths } from '@/shared/contract/paths'
import { moduleQueries } from '@/shared/entities/modules'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'

const MODULE_RUNS_PAGE_SIZE = 20

const isValidating = (versions: ModuleVersion[] | undefined) => !!versions?.some((v) => v.status === 'VALIDATING')

/**
 * Query factories of the catalog. Keys: ['modules', 'list'] and ['modules', moduleId, 'detail' | 'versions']; a
 * module's runs are a run list (['module-runs', 'list', { moduleId, … }]), so whatever refreshes run lists (a launch,
 * a re-run, a cancel) refreshes the Runs tab too.
 */
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
  /** This module's runs, newest first, with the platform's page/limit paging (api-contract §6). */
  runs: (moduleId: string, page: number) =>
    moduleRunQueries.list({ moduleId, page, limit: MODULE_RUNS_PAGE_SIZE, order: 'desc' }),
}
