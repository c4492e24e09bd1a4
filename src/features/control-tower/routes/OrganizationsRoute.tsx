import { Paper } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { Outlet, useLocation, useNavigate, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import { CursorPager } from '@/shared/ui/CursorPager'
import { DataTable } from '@/shared/ui/DataTable'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { paths } from '@/shared/lib/paths'
import { organizationQueries } from '../api/organizationQueries'
import { OrganizationFilters } from '../components/OrganizationFilters'
import { organizationColumns } from '../components/organizationColumns'
import { DRAWER_PARAMS, ORG_PAGE_SIZE, orgListParamsFrom, sortingFromParam, sortParamFrom } from '../lib/orgListParams'

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(organizationQueries.list(orgListParamsFrom(new URL(request.url).searchParams)))
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
  const location = useLocation()
  const { orgId: openOrgId } = useParams()

  const listSearch = useMemo(() => {
    const search = new URLSearchParams(location.search)
    DRAWER_PARAMS.forEach((key) => search.delete(key))
    return search.toString()
  }, [location.search])
  const hrefFor = useCallback((orgId: string) => `${paths.organization(orgId)}?${listSearch}`, [listSearch])
  const columns = useMemo(() => organizationColumns(hrefFor), [hrefFor])
  const page = Number(params.get('page') ?? 1) || 1
  const data = organizations.data

  return (
    <>
      <PageHeader
        title="Organizations"
        subtitle={
          data?.total !== undefined ? `${data.total.toLocaleString()} organizations match` : 'Every organization on the platform'
        }
      />
      <OrganizationFilters />
      <Paper>
        {organizations.isPending && <LoadingState label="Loading organizations" />}
        {organizations.isError && <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />}
        {data && data.items.length === 0 && (
          <EmptyState title="No organization matches">Change the search or clear the filters.</EmptyState>
        )}
        {data && data.items.length > 0 && (
          <>
            <DataTable
              label="Organizations"
              data={data.items}
              columns={columns}
              getRowId={(org) => org.id}
              sorting={sortingFromParam(listParams.sort)}
              onSortingChange={(sorting) => update({ sort: sortParamFrom(sorting) })}
              onRowClick={(org) => void navigate(hrefFor(org.id))}
              selectedRowId={openOrgId}
            />
            <CursorPager
              page={page}
              pageSize={ORG_PAGE_SIZE}
              shown={data.items.length}
              total={data.total}
              nextCursor={data.nextCursor}
            />
          </>
        )}
      </Paper>
      <Outlet />
    </>
  )
}
