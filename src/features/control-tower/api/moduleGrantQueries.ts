import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import type { z } from '@/shared/contract/zod'
import { ModuleGrantPage } from '@/shared/contract/organizations'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { http } from '@/shared/api/http'
import { moduleQueries } from '@/shared/entities/modules'
import { organizationQueries } from './organizationQueries'

const PAGE_SIZE = 25
/** The largest page both lists allow: the grant dialog reads them whole (api-contract §2.5, §5). */
const FULL_PAGE = 100

/**
 * Module grants of one organization (api-contract §7), under `['organizations', orgId, 'module-grants']`, and the
 * module catalog the grant dialog chooses from.
 */
export const moduleGrantQueries = {
  all: (orgId: string) => [...organizationQueries.scope(orgId), 'module-grants'] as const,
  list: (orgId: string) =>
    infiniteQueryOptions({
      queryKey: [...moduleGrantQueries.all(orgId), 'list'],
      queryFn: ({ pageParam, signal }) =>
        http(withQuery(apiPaths.moduleGrants(orgId), { cursor: pageParam, limit: PAGE_SIZE }), ModuleGrantPage, { signal }),
      // '' is "no cursor": withQuery drops empty values, so the first request carries none.
      initialPageParam: '',
      getNextPageParam: (last) => last.nextCursor,
    }),
  /** Every granted module id, so the dialog offers only modules not granted yet (not just those on screen). */
  grantedIds: (orgId: string) =>
    queryOptions({
      queryKey: [...moduleGrantQueries.all(orgId), 'ids'],
      queryFn: async ({ signal }) => {
        const ids: string[] = []
        let cursor: string | null = ''
        while (cursor !== null) {
          const page: z.infer<typeof ModuleGrantPage> = await http(
            withQuery(apiPaths.moduleGrants(orgId), { cursor, limit: FULL_PAGE }),
            ModuleGrantPage,
            {
              signal,
            },
          )
          ids.push(...page.items.map((grant) => grant.moduleId))
          cursor = page.nextCursor
        }
        return ids
      },
    }),
  /** The whole catalog as the shared module list reads it (for a superuser it lists every module). */
  catalog: () => queryOptions({ ...moduleQueries.list(), select: (catalog) => catalog.items }),
}
