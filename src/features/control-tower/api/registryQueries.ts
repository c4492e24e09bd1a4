import { queryOptions } from '@tanstack/react-query'
import { RegistryPage } from '@/shared/contract/registries'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

/** The largest page the list allows (api-contract §8): an organization has a handful of registries, read in one page. */
const FULL_PAGE = 100

/** Registries of one organization (api-contract §8), under `['organizations', orgId, 'registries']`. */
export const registryQueries = {
  all: (orgId: string) => [...organizationQueries.scope(orgId), 'registries'] as const,
  list: (orgId: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(orgId), 'list'],
      queryFn: ({ signal }) => http(withQuery(apiPaths.registries(orgId), { limit: FULL_PAGE }), RegistryPage, { signal }),
    }),
}
