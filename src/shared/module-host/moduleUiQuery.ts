import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { ModuleVersionList } from '@/shared/contract/modules'
import { apiPaths } from '@/shared/contract/paths'
import { fetchModule, moduleQueries } from '@/shared/entities/modules'
import { sessionSnapshot } from '@/shared/stores/sessionStore'

/**
 * A module and the versions it has, enough to mount the UI of one of them (the catalog keeps its own richer queries).
 * A devkit API has no versions (issue 13): its module is the registered manifest, and its UI is the developer's local
 * bundle (`localBundles.ts`).
 */
export const moduleUiQuery = (moduleId: string) =>
  queryOptions({
    // Under the module's scope: whatever refreshes the module (a manifest registered again) refreshes its UI too.
    queryKey: [...moduleQueries.scope(moduleId), 'ui'],
    queryFn: async ({ signal }) => {
      if (sessionSnapshot().devkit) return { module: await fetchModule(moduleId, signal), versions: [] }
      const [module, versions] = await Promise.all([
        fetchModule(moduleId, signal),
        http(apiPaths.moduleVersions(moduleId), ModuleVersionList, { signal }),
      ])
      return { module, versions: versions.items }
    },
    staleTime: 5 * 60_000,
  })
