import { infiniteQueryOptions } from '@tanstack/react-query'
import { DataGrantPage } from '@/shared/contract/organizations'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

const PAGE_SIZE = 25

/** Data access requests of one organization (api-contract §7), under `['organizations', orgId, 'data-grants']`. */
export const dataGrantQueries = {
  all: (orgId: string) => [...organizationQueries.scope(orgId), 'data-grants'] as const,
  list: (orgId: string, filters: { status?: string }) =>
    infiniteQueryOptions({
      queryKey: [...dataGrantQueries.all(orgId), 'list', filters],
      queryFn: ({ pageParam, signal }) =>
        http(
          withQuery(apiPaths.dataGrants(orgId), { status: filters.status, cursor: pageParam, limit: PAGE_SIZE }),
          DataGrantPage,
          { signal },
        ),
      // '' is "no cursor": withQuery drops empty values. A filter change is a new key, so its cursor starts afresh.
      initialPageParam: '',
      getNextPageParam: (last) => last.nextCursor,
    }),
}
