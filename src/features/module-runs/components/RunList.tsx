import { Box, Paper } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { toServerTime } from '@/shared/lib/serverClock'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { DataTable } from '@/shared/ui/DataTable'
import { EmptyState } from '@/shared/ui/DataState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { QueryState } from '@/shared/ui/QueryState'
import { UpdatedAgo } from '@/shared/ui/UpdatedAgo'
import { isActiveRun, moduleRunQueries } from '@/shared/entities/moduleRuns'
import { runListParamsFrom } from '../lib/runListParams'
import { OVER_LIST } from '../lib/runPresentation'
import { RunFilters } from './RunFilters'
import { RunListPager } from './RunListPager'
import { runColumns } from './runColumns'

/**
 * The module run list: header, filters, the table and its pager. A chunk of its own, so that a run opened by link (a
 * page, no list behind it) does not load the table machinery.
 */
export function RunList({ openRunId }: { openRunId?: string }) {
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
        <QueryState
          query={runs}
          loading="Loading module runs"
          what="The module runs"
          isEmpty={(page) => page.items.length === 0 && page.total === 0}
          empty={
            <EmptyState title="No module run matches">
              {params.size > 0 ? 'Change the filters or clear them.' : 'Runs started from a module or a workflow appear here.'}
            </EmptyState>
          }
        >
          {(page) => (
            <>
              <DataTable
                label="Module runs"
                data={page.items}
                columns={columns}
                columnMenuKey="module-runs"
                getRowId={(run) => run.runId}
                onRowClick={open}
                selectedRowId={openRunId}
              />
              <RunListPager page={page.page} limit={page.limit} total={page.total} shown={page.items.length} />
            </>
          )}
        </QueryState>
      </Paper>
    </>
  )
}
