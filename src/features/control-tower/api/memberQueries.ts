import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query'
import { MemberPage } from '@/shared/contract/organizations'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

const PAGE_SIZE = 50

export type MemberFilters = { q?: string; role?: string }

/** Members of one organization (api-contract §7), under `['organizations', orgId, 'members']`. */
export const memberQueries = {
  all: (orgId: string) => [...organizationQueries.scope(orgId), 'members'] as const,
  list: (orgId: string, filters: MemberFilters) =>
    infiniteQueryOptions({
      queryKey: [...memberQueries.all(orgId), 'list', filters],
      queryFn: ({ pageParam, signal }) =>
        http(
          withQuery(apiPaths.members(orgId), { q: filters.q, role: filters.role, cursor: pageParam, limit: PAGE_SIZE }),
          MemberPage,
          { signal },
        ),
      // '' is "no cursor": withQuery drops empty values. A new search is a new key, so its cursor starts afresh.
      initialPageParam: '',
      getNextPageParam: (last) => last.nextCursor,
      // The previous result stays on screen while a new search loads, instead of flashing a spinner per pause.
      placeholderData: keepPreviousData,
    }),
}
