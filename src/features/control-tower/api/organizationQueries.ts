import { queryOptions } from '@tanstack/react-query'
import { Organization, OrganizationPage, type OrgSort } from '@/shared/contract/organizations'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'

/** Filters, sort and cursor of the organization list, exactly as the URL and the API carry them (api-contract §7). */
export type OrganizationListParams = {
  q?: string
  tier?: string
  plan?: string
  status?: string
  sort?: OrgSort
  cursor?: string
  limit?: number
}

/**
 * Query factories for organizations. Keys: ['organizations', 'list', params] for lists and ['organizations', orgId, …]
 * for everything inside one organization, so `scope(orgId)` invalidates all of an organization's data at once.
 */
export const organizationQueries = {
  all: () => ['organizations'] as const,
  lists: () => [...organizationQueries.all(), 'list'] as const,
  list: (params: OrganizationListParams) =>
    queryOptions({
      queryKey: [...organizationQueries.lists(), params],
      queryFn: ({ signal }) => http(withQuery(apiPaths.organizations(), params), OrganizationPage, { signal }),
      placeholderData: (previous) => previous,
    }),
  scope: (orgId: string) => [...organizationQueries.all(), orgId] as const,
  detail: (orgId: string) =>
    queryOptions({
      queryKey: [...organizationQueries.scope(orgId), 'detail'],
      queryFn: ({ signal }) => http(apiPaths.organization(orgId), Organization, { signal }),
    }),
}
