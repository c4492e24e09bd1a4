import { Box, Paper } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Outlet, useLocation, useNavigate, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { toServerTime } from '@/shared/lib/serverClock'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { DataTable } from '@/shared/ui/DataTable'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { isActiveRun, moduleRunQueries } from '../api/moduleRunQueries'
import { RunFilters } from '../components/RunFilters'
import { RunListPager } from '../components/RunListPager'
import { runColumns } from '../components/runColumns'
import { UpdatedAgo } from '@/shared/ui/UpdatedAgo'
import { runListParamsFrom } from '../lib/runListParams'
import { OVER_LIST, useIsOverList } from '../lib/runPresentation'

/** Primes the list; a run opened by link (`:runId`) stands alone as a page, so its list is not fetched. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    if (!params.runId)
      await queryClient.ensureQueryData(moduleRunQueries.list(runListParamsFrom(new URL(request.url).searchParams)))
    return null
  }

/** Filters and page are fetched by the list's own query, without a navigation wait. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/**
 * `/runs`: module runs with status and module filters and numbered pages, all in the URL. A run opened from here is a
 * drawer over the list (`/runs/:runId` with the list's search); the same URL opened by link is a page of its own.
 */
export function Component() {
  const { runId } = useParams()
  const overList = useIsOverList()
  if (runId && !overList) return <Outlet />
  return (
    <>
      <RunList openRunId={runId} />
      <Outlet />
    </>
  )
}

function RunList({ openRunId }: { openRunId?: string }) {
  const { params } = useUrlParams()
  const listParams = useMemo(() => runListParamsFrom(params), [params])
  const runs = useQuery(moduleRunQueries.list(listParams))
  const navigate = useNavigate()
  const { search } = useLocation()
  const data = runs.data
  const live = !!data?.items.some((run) => isActiveRun(run.status))
  // "So far" durations are measured when the page arrived, on the server's clock; they move with each poll.
  const now = toServerTime(runs.dataUpdatedAt)
  const columns = useMemo(() => runColumns(search, now), [search, now])
  const open = (run: ModuleRun) => void navigate({ pathname: paths.moduleRun(run.runId), search }, { state: OVER_LIST })

  return (
    <>
      <PageHeader
        title="Module runs"
        subtitle={
          <Box component="span" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <span>
              Runs of your organization, newest first
              {data ? ` · ${formatCount(data.total)} match` : ''}
            </span>
            {data && <UpdatedAgo updatedAt={runs.dataUpdatedAt} live={live} />}
          </Box>
        }
      />
      <RunFilters />
      <Paper>
        {runs.isPending && <LoadingState label="Loading module runs" />}
        {runs.isError && <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />}
        {data && data.items.length === 0 && data.total === 0 && (
          <EmptyState title="No module run matches">
            {params.size > 0 ? 'Change the filters or clear them.' : 'Runs started from a module or a workflow appear here.'}
          </EmptyState>
        )}
        {data && (data.items.length > 0 || data.total > 0) && (
          <>
            <DataTable
              label="Module runs"
              data={data.items}
              columns={columns}
              getRowId={(run) => run.runId}
              onRowClick={open}
              selectedRowId={openRunId}
            />
            <RunListPager page={data.page} limit={data.limit} total={data.total} shown={data.items.length} />
          </>
        )}
      </Paper>
    </>
  )
}
