import { Box, Link, Stack } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useMemo } from 'react'
import {
  Link as RouterLink,
  Navigate,
  useLocation,
  useParams,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from 'react-router'
import { toServerTime } from '@/shared/lib/serverClock'
import { paths } from '@/shared/lib/paths'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { QueryInlineError } from '@/shared/ui/InlineError'
import { PageHeader } from '@/shared/ui/PageHeader'
import { SectionCard } from '@/shared/ui/SectionCard'
import { lazyWithPlaceholder } from '@/shared/ui/lazyWithPlaceholder'
import { SectionErrorBoundary } from '@/shared/ui/SectionErrorBoundary'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { RunActions } from '../components/RunActions'
import { RunInputs } from '../components/RunInputs'
import { RunOutcomeNote } from '../components/RunOutcomeNote'
import { useArtifactPreviewParam } from '@/shared/artifact-preview/useArtifactPreviewParam'
import { RunSummary } from '../components/RunSummary'
import { StepDetail } from '../components/StepDetail'
import { StepsTable } from '../components/StepsTable'
import { StepTimeline } from '../components/StepTimeline'
import { UpdatedAgo } from '@/shared/ui/UpdatedAgo'
import { RefreshError } from '@/shared/ui/QueryState'
import { timelineOf } from '../lib/timeline'
import { primeQuery } from '@/shared/api/primeQuery'

/** An artifact's preview (issue 18): its own chunk, loaded when the URL opens one. */
const RunArtifactPreview = lazy(() => import('../components/RunArtifactPreview'))
/** The run's family (issue 18): a chunk of its own, outside the page's first load. */
const RunFamily = lazy(() => import('../components/RunFamily').then((m) => ({ default: m.RunFamily })))

/** URL key of the selected step. */
const STEP_KEY = 'step'

// The workflow graph and its layout library are a chunk of their own, fetched beside the run: not the route's first
// load. Not behind Suspense: when the run comes first, the graph appears as soon as its chunk is in (no 300 ms hold).
const graphChunk = () => import('../components/graph/RunWorkflowGraph')
const RunWorkflowGraph = lazyWithPlaceholder(() => graphChunk().then((m) => m.RunWorkflowGraph))

/**
 * Primes the run; a failure is shown by the page itself (not-found and retry), so the loader never throws. The graph's
 * chunk, then its workflow, are fetched meanwhile and not awaited (the graph's section shows its loading and errors).
 */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    RunWorkflowGraph.load()
      .then(() => graphChunk())
      .then((m) => m.prefetchWorkflow(queryClient, params.workflowId ?? ''))
      .catch(() => undefined)
    await primeQuery(queryClient, workflowRunQueries.detail(params.runId ?? ''))
    return null
  }

/** Selecting a step (`?step=`) is local state in the URL: no loader run. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** `/workflows/:workflowId/runs/:runId`: a run's facts, step timeline, steps, the selected step's logs and inputs. */
export function Component() {
  const { workflowId = '', runId = '' } = useParams()
  const { get, update } = useUrlParams()
  // Polled every 5 s while RUNNING (the detail query's refetchInterval); finished runs are fetched once.
  const detail = useQuery(workflowRunQueries.detail(runId))
  // The median of all the workflow's succeeded runs (the run history's own figure when no filter is set, so cached
  // when the run was opened from there): is this run slow?
  const stats = useQuery(workflowRunQueries.stats(workflowId, {}))
  const run = detail.data
  // "Now" is when this data arrived, on the server's clock: running bars grow with each refetch, not between them.
  const now = toServerTime(detail.dataUpdatedAt)
  const timeline = useMemo(() => (run ? timelineOf(run, now) : undefined), [run, now])
  const durations = useMemo(() => new Map(timeline?.rows.map((row) => [row.step.stepId, row.durationMs]) ?? []), [timeline])
  const select = useCallback((stepId: string) => update({ [STEP_KEY]: stepId }, { keepCursor: true, replace: true }), [update])
  const preview = useArtifactPreviewParam()
  const { search } = useLocation()
  const back = (
    <Link component={RouterLink} to={paths.workflowRuns(workflowId)}>
      Back to the run history
    </Link>
  )

  if (detail.isPending) return <LoadingState label="Loading run" />
  if (detail.isError && detail.data === undefined) {
    return (
      <>
        <PageHeader title={runId} />
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} action={back} />
      </>
    )
  }
  if (!run || !timeline) return null
  // A link naming another workflow (stale or hand-edited) would show the wrong breadcrumb and median: the run's own
  // workflow's address replaces it, keeping the selection.
  if (run.workflowId !== workflowId) return <Navigate replace to={`${paths.workflowRun(run.workflowId, run.id)}${search}`} />
  // Without a choice in the URL the failing step is shown: that is what people open a failed run for.
  const selectedId = get(STEP_KEY) ?? run.steps.find((step) => step.error || step.status === 'failed')?.stepId
  const selected = run.steps.find((step) => step.stepId === selectedId)
  const live = run.status === 'RUNNING'

  return (
    <>
      <PageHeader
        title={run.id}
        subtitle={<UpdatedAgo updatedAt={detail.dataUpdatedAt} live={live} />}
        actions={<RunActions run={run} />}
      />
      <RefreshError query={detail} what="The run" />
      <RunSummary
        run={run}
        durationMs={run.durationMs ?? timeline.endMs - timeline.startMs}
        medianMs={stats.data?.medianDurationMs}
      />
      <QueryInlineError
        query={stats}
        what="The median of succeeded runs could not be loaded, so the duration shows no Δ"
        spaceBelow={2}
      />
      <RunOutcomeNote run={run} />
      <Suspense fallback={null}>
        <RunFamily run={run} />
      </Suspense>
      <Stack spacing={3}>
        <SectionCard title="Workflow graph">
          <RunWorkflowGraph
            placeholder={<LoadingState label="Loading the workflow graph" />}
            run={run}
            durations={durations}
            selectedStepId={selected?.stepId}
            onSelect={select}
          />
        </SectionCard>
        <SectionCard title="Step timeline">
          <StepTimeline timeline={timeline} selectedStepId={selected?.stepId} onSelect={select} />
        </SectionCard>
        <SectionCard title="Steps">
          <StepsTable
            steps={run.steps}
            region={run.region}
            durations={durations}
            selectedStepId={selected?.stepId}
            onSelect={select}
            onPreviewArtifact={preview.open}
          />
        </SectionCard>
        {selected && <StepDetail runId={run.id} step={selected} />}
        <Box>
          <RunInputs run={run} />
        </Box>
      </Stack>
      {preview.uri !== undefined && (
        <SectionErrorBoundary title="The preview could not be opened">
          <Suspense fallback={null}>
            <RunArtifactPreview run={run} uri={preview.uri} onClose={preview.close} />
          </Suspense>
        </SectionErrorBoundary>
      )}
    </>
  )
}
