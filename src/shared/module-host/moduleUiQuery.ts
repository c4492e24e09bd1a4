import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { Module, ModuleVersionList } from '@/shared/contract/modules'
import { apiPaths } from '@/shared/contract/paths'

/** A module and the versions it has, enough to mount the UI of one of them (the catalog keeps its own richer queries). */
export const moduleUiQuery = (moduleId: string) =>
  queryOptions({
    queryKey: ['module-ui', moduleId],
    queryFn: async ({ signal }) => {
      const [module, versions] = await Promise.all([
        http(apiPaths.module(moduleId), Module, { signal }),
        http(apiPaths.moduleVersions(moduleId), ModuleVersionList, { signal }),
      ])
      return { module, versions: versions.items }
    },
    staleTime: 5 * 60_000,
  })
