import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { Module, ModulePage, ModuleVersionList, type ModuleSummary, type ModuleVersion } from '@/shared/contract/modules'
import { ModuleRunPage, type ModuleRun } from '@/shared/contract/moduleRuns'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { isLastOffsetPage } from '@/shared/contract/primitives'

/** The platform's largest page of `GET /v1/modules` (api-contract §2.5, limit/offset). */
const MODULE_PAGE_LIMIT = 100
/** A safety stop: a server that keeps reporting a larger total never makes the console loop forever. */
const MAX_MODULE_PAGES = 50
export const MODULE_RUNS_PAGE_SIZE = 20

/**
 * The whole catalog: search and the type, tier and status filters run in the browser (the platform filters by category
 * only, api-contract §5), so the console pages with `offset` until `total` (or, from a devkit API that sends no total,
 * until a page comes back short).
 */
async function fetchCatalog(signal: AbortSignal): Promise<{ items: ModuleSummary[]; total: number }> {
  const items: ModuleSummary[] = []
  let total: number | null = null
  for (let page = 0; page < MAX_MODULE_PAGES; page++) {
    const offset = items.length
    const body = await http(withQuery(apiPaths.modules(), { limit: MODULE_PAGE_LIMIT, offset }), ModulePage, { signal })
    items.push(...body.items)
    total = body.total
    if (isLastOffsetPage(body, offset, MODULE_PAGE_LIMIT)) break
  }
  return { items, total: total ?? items.length }
}

const isValidating = (versions: ModuleVersion[] | undefined) => !!versions?.some((v) => v.status === 'VALIDATING')
const isActive = (runs: ModuleRun[] | undefined) => !!runs?.some((r) => r.status === 'queued' || r.status === 'running')

/** Query factories of the catalog. Keys: ['modules', 'list'] and ['modules', moduleId, 'detail' | 'versions' | 'runs', …]. */
export const catalogQueries = {
  all: () => ['modules'] as const,
  list: () =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchCatalog(signal),
    }),
  scope: (moduleId: string) => [...catalogQueries.all(), moduleId] as const,
  detail: (moduleId: string) =>
    queryOptions({
      queryKey: [...catalogQueries.scope(moduleId), 'detail'],
      queryFn: ({ signal }) => http(apiPaths.module(moduleId), Module, { signal }),
    }),
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
