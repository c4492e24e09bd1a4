import { Link } from '@mui/material'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useMemo } from 'react'
import { Link as RouterLink, useParams } from 'react-router'
import { isApiError } from '@/shared/api/ApiError'
import { useMe } from '@/shared/auth/meQueries'
import { formatCount, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { toServerTime } from '@/shared/lib/serverClock'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { CursorPager } from '@/shared/ui/CursorPager'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { QueryInlineError } from '@/shared/ui/InlineError'
import { QueryState } from '@/shared/ui/QueryState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { workflowQueries } from '../api/workflowQueries'
import { statsFilters, workflowRunQueries } from '../api/workflowRunQueries'
import { ExportRunsButton } from '../components/ExportRunsButton'
// Static: the route's chunk and the table's arrive together (modulepreload), never one after the other (issue 16).
import { RunHistoryTable } from '../components/RunHistoryTable'
import { RunFilters } from '../components/RunFilters'
import { RunViewSwitch } from '../components/RunViewSwitch'
import { UpdatedAgo } from '@/shared/ui/UpdatedAgo'
import {
  DEFAULT_RUN_SORT,
  RUN_FILTER_KEYS,
  RUN_PAGE_SIZE,
  runListParamsFrom,
  sortingFromParam,
  sortParamFrom,
} from '../lib/runListParams'
import { SELECTED_KEY, selectedFrom, toggleSelected } from '../lib/runSelection'
import { runViewFrom, VIEW_KEY } from '../lib/runView'
import { knownRunUsers } from '../lib/runUsers'
import { useAfterPaint } from '@/shared/lib/useAfterPaint'
import { LazyRunStepGrid } from '../components/grid/lazyGrid'
import { PlainPaper } from '@/shared/ui/PlainPaper'
import './RunHistoryRoute.css'

// Mounted once the rows are painted (`rowsPainted`); the graph itself loads when opened (docs/decisions/015).
const WorkflowGraphButton = lazy(() =>
  import('../components/graph/WorkflowGraphButton').then((m) => ({ default: m.WorkflowGraphButton })),
)
// The run-duration history (issue 17): its own chunk, imported, fetched and drawn once the list's rows are painted, so
// that its loading never interleaves with theirs on a full load (issue 16, decision 014).
const RunDurationHistory = lazy(() => import('../components/history/RunDurationHistory'))

// Shown only once runs are selected: not part of the page's first load.
const RunSelectionBar = lazy(() => import('../components/RunSelectionBar').then((m) => ({ default: m.RunSelectionBar })))

/** `/workflows/:workflowId/runs`: Run History, every filter, the sort and the cursor in the URL (data: RunHistoryRoute.data). */
export function Component() {
  const workflowId = useParams().workflowId ?? ''
  const { params, update } = useUrlParams()
  const listParams = useMemo(() => runListParamsFrom(params), [params])
  const filters = useMemo(() => statsFilters(listParams), [listParams])
  const workflow = useQuery(workflowQueries.detail(workflowId))
  const runs = useQuery(workflowRunQueries.list(workflowId, listParams))
  const stats = useQuery(workflowRunQueries.stats(workflowId, filters))
  const data = runs.data
  const median = stats.data?.medianDurationMs
  const page = Number(params.get('page') ?? 1) || 1
  // The first commit holds the rows; the parts that load their own chunks follow a painted frame later.
  const rowsPainted = useAfterPaint()
  const view = runViewFrom(params.get(VIEW_KEY))
  const live = !!data?.items.some((run) => run.status === 'RUNNING')
  const queryClient = useQueryClient()
  const me = useMe()
  // Read again with each page of runs that arrives: the cache holds every page read so far.
  const pageUsers = data?.items
  const users = useMemo(
    () => (pageUsers ? knownRunUsers(queryClient, workflowId, me) : []),
    [pageUsers, queryClient, workflowId, me],
  )
  // The selection lives in the URL (a shared link keeps it) and survives paging and filtering: it keeps the cursor.
  const selectedText = params.get(SELECTED_KEY)
  const selectedIds = useMemo(() => selectedFrom(selectedText), [selectedText])
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds])
  const select = useCallback(
    (value: string | undefined) => update({ [SELECTED_KEY]: value }, { keepCursor: true, replace: true }),
    [update],
  )
  // From the newest URL, not this render's: two quick toggles (Space, arrow, Space in the grid) must both count.
  const toggleRun = useCallback(
    (runId: string) =>
      update((current) => ({ [SELECTED_KEY]: toggleSelected(selectedFrom(current.get(SELECTED_KEY)), runId) }), {
        keepCursor: true,
        replace: true,
      }),
    [update],
  )

  // A workflow this user cannot see (another organization's, or none) leaves nothing to filter: the page says so alone.
  const noWorkflow = isApiError(workflow.error) && (workflow.error.status === 404 || workflow.error.status === 403)
  if (noWorkflow)
    return (
      <>
        <PageHeader title={workflowId} />
        <ErrorState
          error={workflow.error}
          onRetry={() => void workflow.refetch()}
          action={
            <Link component={RouterLink} to={paths.workflows()}>
              All workflows
            </Link>
          }
        />
      </>
    )

  return (
    <>
      <PageHeader
        title={workflow.data?.name ?? workflowId}
        actions={
          <>
            {data && rowsPainted && (
              <Suspense fallback={null}>
                <WorkflowGraphButton workflowId={workflowId} />
              </Suspense>
            )}
            <ExportRunsButton workflowId={workflowId} params={listParams} disabled={data?.items.length === 0} />
          </>
        }
        subtitle={
          <span className="run-history-subtitle">
            <span>
              Run history
              {data?.total !== undefined ? ` · ${formatCount(data.total)} runs match` : ''}
              {median != null ? ` · median of succeeded runs ${formatDuration(median)}` : ''}
            </span>
            {data && <UpdatedAgo updatedAt={runs.dataUpdatedAt} live={live} />}
          </span>
        }
      />
      <RunFilters users={users} trailing={<RunViewSwitch />} />
      <QueryInlineError query={workflow} what="The workflow could not be loaded, so its id stands for its name" spaceBelow={1} />
      <QueryInlineError
        query={stats}
        what="The median of succeeded runs could not be loaded, so durations show no Δ"
        spaceBelow={1}
      />
      <Suspense fallback={<div className="run-history-chart-space" />}>
        {rowsPainted ? <RunDurationHistory workflowId={workflowId} /> : <div className="run-history-chart-space" />}
      </Suspense>
      <PlainPaper>
        {selectedIds.length > 0 && (
          <Suspense fallback={null}>
            <RunSelectionBar workflowId={workflowId} selectedIds={selectedIds} onClear={() => select(undefined)} />
          </Suspense>
        )}
        <QueryState
          query={runs}
          loading="Loading runs"
          what="The runs"
          isEmpty={(list) => list.items.length === 0}
          empty={
            RUN_FILTER_KEYS.some((key) => params.get(key)) ? (
              <EmptyState title="No run matches">Change the filters or clear them.</EmptyState>
            ) : (
              <EmptyState title="No runs yet">
                This workflow has not run yet. Its runs appear here as they start, from the platform or its API.
              </EmptyState>
            )
          }
        >
          {(list) => (
            <>
              {view === 'grid' ? (
                <Suspense fallback={<LoadingState label="Loading the steps grid" />}>
                  <LazyRunStepGrid
                    workflowId={workflowId}
                    params={listParams}
                    selectedIds={selectedSet}
                    onToggleSelected={toggleRun}
                  />
                </Suspense>
              ) : (
                <RunHistoryTable
                  workflowId={workflowId}
                  runs={list.items}
                  medianDurationMs={median}
                  asOfMs={toServerTime(runs.dataUpdatedAt)}
                  sorting={sortingFromParam(listParams.sort)}
                  onSortingChange={(sorting) => update({ sort: sortParamFrom(sorting, listParams.sort ?? DEFAULT_RUN_SORT) })}
                  selectedIds={selectedSet}
                  onToggleSelected={toggleRun}
                />
              )}
              <CursorPager
                page={page}
                pageSize={RUN_PAGE_SIZE}
                shown={list.items.length}
                total={list.total}
                nextCursor={list.nextCursor}
                hasMore={list.hasMore}
              />
            </>
          )}
        </QueryState>
      </PlainPaper>
    </>
  )
}
