import { queryOptions } from '@tanstack/react-query'
import { Organization } from '@/shared/contract/organizations'
import { apiPaths } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'

/** Query factories for organizations (api-contract §7). */
export const organizationQueries = {
  all: () => ['organizations'] as const,
  detail: (orgId: string) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'detail', orgId],
      queryFn: ({ signal }) => http(apiPaths.organization(orgId), Organization, { signal }),
    }),
}
