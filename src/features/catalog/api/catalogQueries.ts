import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleVersionList, PublishStatus, type ModuleVersion } from '@/shared/contract/modules'
import { apiPaths } from '@/shared/contract/paths'
import { moduleQueries } from '@/shared/entities/modules'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'

const MODULE_RUNS_PAGE_SIZE = 20

const isValidating = (versions: ModuleVersion[] | undefined) => !!versions?.some((v) => v.status === 'VALIDATING')

/** A version whose intake has not reached its end: received (awaiting approval) or being validated. */
export const intakeOpen = (status: string) => status === 'SUBMITTED' || status === 'VALIDATING'

/** How often the platform's publish status is asked while an intake runs (api-contract §5: "polled every 10 s"). */
export const PUBLISH_POLL_MS = 10_000

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
  /**
   * The versions (console-defined). `followIntake`: poll them every 5 s while one validates — for people who may not
   * read the platform's publish status (scientists, api-contract §3); the others follow each intake by its publish id.
   */
  versions: (moduleId: string, followIntake = true) =>
    queryOptions({
      queryKey: [...catalogQueries.scope(moduleId), 'versions'],
      queryFn: ({ signal }) => http(apiPaths.moduleVersions(moduleId), ModuleVersionList, { signal }),
      refetchInterval: (query) => (followIntake && isValidating(query.state.data?.items) ? 5_000 : false),
    }),
  /** `GET /v1/modules/publish/{publishId}` (platform), polled every 10 s until the intake has reached its end. */
  publishStatus: (publishId: string) =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'publish', publishId],
      queryFn: ({ signal }) => http(apiPaths.publishStatus(publishId), PublishStatus, { signal }),
      refetchInterval: (query) => (query.state.data && !intakeOpen(query.state.data.status) ? false : PUBLISH_POLL_MS),
    }),
  /** This module's runs, newest first, with the platform's page/limit paging (api-contract §6). */
  runs: (moduleId: string, page: number) =>
    moduleRunQueries.list({ moduleId, page, limit: MODULE_RUNS_PAGE_SIZE, order: 'desc' }),
}
