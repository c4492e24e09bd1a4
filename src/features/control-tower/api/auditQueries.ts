import { infiniteQueryOptions } from '@tanstack/react-query'
import { AuditEventPage } from '@/shared/contract/organizations'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { organizationQueries } from './organizationQueries'

const PAGE_SIZE = 25

/** The audit trail of one organization, newest first (api-contract §7), under `['organizations', orgId, 'audit-events']`. */
export const auditQueries = {
  all: (orgId: string) => [...organizationQueries.scope(orgId), 'audit-events'] as const,
  /** `action` is exact or a prefix ending in "." (e.g. `registry.`). */
  list: (orgId: string, filters: { action?: string }) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(orgId), 'list', filters],
      queryFn: ({ pageParam, signal }) =>
        http(
          withQuery(apiPaths.auditEvents(orgId), { action: filters.action, cursor: pageParam, limit: PAGE_SIZE }),
          AuditEventPage,
          { signal },
        ),
      // '' is "no cursor": withQuery drops empty values.
      initialPageParam: '',
      getNextPageParam: (last) => last.nextCursor,
    }),
}
