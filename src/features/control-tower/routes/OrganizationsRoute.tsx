import { formatCount } from '@/shared/lib/format'
import { Paper } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { Suspense, useMemo } from 'react'
import { Outlet, useNavigate, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import { CursorPager } from '@/shared/ui/CursorPager'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { lazyPreloaded } from '@/shared/ui/lazyPreloaded'
import { PageHeader } from '@/shared/ui/PageHeader'
import { QueryState } from '@/shared/ui/QueryState'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { organizationQueries } from '../api/organizationQueries'
import { OrganizationFilters } from '../components/OrganizationFilters'
import { useOrganizationHref } from '../lib/useOrganizationHref'
import { ORG_PAGE_SIZE, orgListParamsFrom, sortingFromParam, sortParamFrom } from '../lib/orgListParams'
import { primeQuery } from '@/shared/api/primeQuery'

// Loaded by the loader beside the data, then rendered without suspending (lazyPreloaded).
const OrganizationTable = lazyPreloaded(() => import('../components/OrganizationTable').then((m) => m.OrganizationTable))

/**
 * Primes the list and, in parallel, the table's chunk, so the list paints complete. With a drawer open by link
 * (`:orgId`) the table is not awaited: the drawer is what the user came for, and the list behind it follows.
 */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const list = primeQuery(queryClient, organizationQueries.list(orgListParamsFrom(new URL(request.url).searchParams)))
    const table = OrganizationTable.load()
    await Promise.all(params.orgId ? [list] : [list, table])
    return null
  }

/** The loader primes the first paint only; filter changes are fetched by the list's own query, without a navigation wait. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** `/control-tower/organizations`: every organization, searchable and filterable; a row opens its drawer. */
export function Component() {
  const { params, update } = useUrlParams()
  const listParams = useMemo(() => orgListParamsFrom(params), [params])
  const organizations = useQuery(organizationQueries.list(listParams))
  const navigate = useNavigate()
  const { orgId: openOrgId } = useParams()

  const hrefFor = useOrganizationHref()
  const page = Number(params.get('page') ?? 1) || 1
  const data = organizations.data

  return (
    <>
      <PageHeader
        title="Organizations"
        subtitle={
          data?.total !== undefined ? `${formatCount(data.total)} organizations match` : 'Every organization on the platform'
        }
      />
      <OrganizationFilters />
      <Paper>
        <QueryState
          query={organizations}
          loading="Loading organizations"
          what="The organizations"
          isEmpty={(list) => list.items.length === 0}
          empty={<EmptyState title="No organization matches">Change the search or clear the filters.</EmptyState>}
        >
          {(list) => (
            <>
              <Suspense fallback={<LoadingState label="Loading organizations" />}>
                <OrganizationTable
                  organizations={list.items}
                  sorting={sortingFromParam(listParams.sort)}
                  onSortingChange={(sorting) => update({ sort: sortParamFrom(sorting) })}
                  onOpen={(orgId) => void navigate(hrefFor(orgId))}
                  openOrgId={openOrgId}
                />
              </Suspense>
              <CursorPager
                page={page}
                pageSize={ORG_PAGE_SIZE}
                shown={list.items.length}
                total={list.total}
                nextCursor={list.nextCursor}
                hasMore={list.hasMore}
              />
            </>
          )}
        </QueryState>
      </Paper>
      <Outlet />
    </>
  )
}
