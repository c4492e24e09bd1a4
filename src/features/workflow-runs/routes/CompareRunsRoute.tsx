import { Button, Link, Stack } from '@mui/material'
import type { QueryClient } from '@tanstack/react-query'
import { lazy, memo, Suspense, useCallback, useMemo, useState } from 'react'
import { Link as RouterLink, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { toServerTime } from '@/shared/lib/serverClock'
import { useAfterPaint } from '@/shared/lib/useAfterPaint'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { SectionCard } from '@/shared/ui/SectionCard'
import { SectionErrorBoundary } from '@/shared/ui/SectionErrorBoundary'
import { SelectField } from '@/shared/ui/SelectField'
import { CopyButton } from '@/shared/ui/CopyButton'
import { workflowRunQueries } from '../api/workflowRunQueries'
import { AtAGlance } from '../components/compare/AtAGlance'
import { ExportComparisonButton } from '../components/compare/ExportComparisonButton'
import { FailedRuns } from '../components/compare/FailedRuns'
import { StepDiffTable } from '../components/compare/StepDiffTable'
import { SummaryTable } from '../components/compare/SummaryTable'
import { TimelineOverlay } from '../components/compare/TimelineOverlay'
import { compareRuns } from '../lib/compare/comparison'
import { baselineFrom, runIdsFrom, withoutRun } from '../lib/compare/compareParams'
import { inputRows } from '../lib/compare/inputsDiff'
import { overlayOf } from '../lib/compare/overlay'
import { useComparedRuns } from '../lib/compare/useComparedRuns'
import { ALL_LINES_KEY, DIFF_KEY, PREVIEW_KEY, useArtifactDrawerParams } from '../lib/compare/useArtifactDrawerParams'
import { primeQuery } from '@/shared/api/primeQuery'

/** An artifact's preview or content diff (issue 18): its own chunk, loaded when the URL opens one. */
// Opened on demand, or drawn after the first paint: their code (a dialog, a checkbox list, the artifact table) is not
// on the path from a click on Compare to the steps and the timeline (issue 16).
const AddRunsDialog = lazy(() => import('../components/compare/AddRunsDialog').then((m) => ({ default: m.AddRunsDialog })))
const ArtifactDiffTable = lazy(() =>
  import('../components/compare/ArtifactDiffTable').then((m) => ({ default: m.ArtifactDiffTable })),
)
const ComparisonArtifactDrawers = lazy(() => import('../components/compare/ComparisonArtifactDrawers'))

/**
 * recharts stays in this chunk of its own, loaded after the tables are on screen; memoised, so view state in the URL
 * (opening a log comparison, a highlight) does not redraw it.
 */
const StepMetricsChart = lazy(() => import('../components/compare/StepMetricsChart').then((m) => ({ default: memo(m.default) })))
/**
 * The inputs table is below the fold and shared with "Run with changes" (a chunk of its own either way): it loads
 * after the summary, steps and timeline, like the artifacts.
 */
const InputsDiffTable = lazy(() => import('../components/compare/InputsDiffTable').then((m) => ({ default: m.InputsDiffTable })))
/** The log comparison (masking, the virtualized side-by-side view) loads when a "Compare logs" is opened. */
const LogDiffSection = lazy(() => import('../components/compare/logs/LogDiffSection'))

/** Every run is fetched in parallel before the first render; one that fails is shown by the page, never thrown. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const runIds = runIdsFrom(new URL(request.url).searchParams.get('runs'))
    await Promise.all(runIds.map((runId) => primeQuery(queryClient, workflowRunQueries.detail(runId))))
    return null
  }

/** Only a change of the compared runs needs the loader; the baseline, switches and highlight are view state. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.pathname !== nextUrl.pathname || currentUrl.searchParams.get('runs') !== nextUrl.searchParams.get('runs')

/** `/workflows/:workflowId/compare?runs=a,b,c&baseline=a`: what changed between 2..N runs, against a pinned baseline. */
export function Component() {
  const { workflowId = '' } = useParams()
  const { get, update, params } = useUrlParams()
  const runIds = useMemo(() => runIdsFrom(get('runs')), [get])
  const logsHref = useCallback(
    (stepId: string, runId: string) => {
      const next = new URLSearchParams(params)
      // Following the link closes any artifact drawer: one thing open at a time, and no file name rides along.
      for (const key of [PREVIEW_KEY, DIFF_KEY, ALL_LINES_KEY]) next.delete(key)
      next.set('logs', stepId)
      next.set('run', runId)
      return `?${next.toString()}`
    },
    [params],
  )
  const baselineId = baselineFrom(runIds, get('baseline'))
  const { loaded, failed, pending, updatedAt } = useComparedRuns(workflowId, runIds)
  const artifactDrawers = useArtifactDrawerParams()
  const [adding, setAdding] = useState(false)
  const [hovered, setHovered] = useState<string>()
  // Artifacts, inputs and the chart are below the fold: they render a frame after the summary, steps and timeline.
  const painted = useAfterPaint()
  const highlighted = hovered ?? get('step')
  const showAllInputs = get('inputs') === 'all'
  const showAllArtifacts = get('artifacts') === 'all'
  const changedStepsOnly = get('steps') === 'changed'

  // The baseline is the pinned run when it loaded, else the first run that did (its failure is shown above).
  const baselineIndex = Math.max(
    0,
    loaded.findIndex((run) => run.id === baselineId),
  )
  const comparison = useMemo(() => (loaded.length >= 2 ? compareRuns(loaded, baselineIndex) : undefined), [loaded, baselineIndex])
  const inputs = useMemo(
    () =>
      inputRows(
        loaded.map((run) => run.inputs),
        baselineIndex,
        showAllInputs,
      ),
    [loaded, baselineIndex, showAllInputs],
  )
  const now = toServerTime(updatedAt)
  const overlay = useMemo(() => overlayOf(loaded, now), [loaded, now])

  const setRuns = useCallback(
    (runs: string[], baseline: string | undefined) => update({ runs: runs.join(','), baseline }, { keepCursor: true }),
    [update],
  )
  const makeBaseline = useCallback((runId: string) => update({ baseline: runId }, { keepCursor: true }), [update])
  const remove = useCallback(
    (runId: string) => {
      const next = withoutRun(runIds, baselineId, runId)
      setRuns(next.runs, next.baseline)
    },
    [runIds, baselineId, setRuns],
  )
  const toggle = (key: string, on: boolean, value: string) =>
    update({ [key]: on ? value : null, ...(key === 'artifacts' ? { apage: null } : {}) }, { keepCursor: true, replace: true })

  const addButton = (
    <Button variant="outlined" onClick={() => setAdding(true)}>
      Add runs
    </Button>
  )
  const dialog = adding && (
    <Suspense fallback={null}>
      <AddRunsDialog
        workflowId={workflowId}
        comparedIds={runIds}
        onClose={() => setAdding(false)}
        onAdd={(ids) => {
          setAdding(false)
          setRuns([...runIds, ...ids], baselineId)
        }}
      />
    </Suspense>
  )
  const history = (
    <Link component={RouterLink} to={paths.workflowRuns(workflowId)}>
      Pick runs in the run history
    </Link>
  )

  if (runIds.length < 2) {
    return (
      <>
        <PageHeader title="Compare runs" actions={addButton} />
        <EmptyState title="Pick at least two runs to compare">
          {runIds.length === 1 ? `Only ${runIds[0]} is in the comparison. ` : ''}Add runs here, or {history}.
        </EmptyState>
        {dialog}
      </>
    )
  }
  if (pending > 0 && !comparison) return <LoadingState label={`Loading runs: ${runIds.length - pending} of ${runIds.length}`} />

  return (
    <>
      <PageHeader
        title={`Compare ${runIds.length} runs`}
        subtitle={comparison ? `Every difference is against the baseline, ${comparison.runs[baselineIndex]!.id}.` : undefined}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <CopyButton value={window.location.href} label="Copy link to this comparison" />
            {addButton}
            {comparison && <ExportComparisonButton workflowId={workflowId} comparison={comparison} inputs={inputs} />}
          </Stack>
        }
      />
      {dialog}
      <Stack spacing={3}>
        <FailedRuns failed={failed} onRemove={remove} />
        {!comparison ? (
          <EmptyState title="Fewer than two runs could be loaded">
            Retry the failed runs above, remove them, or {history}.
          </EmptyState>
        ) : (
          <>
            <AtAGlance summaries={comparison.summaries} />
            <SectionCard title="Summary">
              <SummaryTable summaries={comparison.summaries} onMakeBaseline={makeBaseline} onRemove={remove} />
            </SectionCard>
            <SectionCard
              title="Timeline overlay"
              action={
                <SelectField
                  label="Highlight step"
                  value={get('step') ?? ''}
                  minWidth={200}
                  options={[
                    { value: '', label: 'None' },
                    ...comparison.steps.map((row) => ({ value: row.stepId, label: row.name })),
                  ]}
                  onChange={(value) => update({ step: value || null }, { keepCursor: true, replace: true })}
                />
              }
            >
              <TimelineOverlay overlay={overlay} highlightedStepId={highlighted} onHighlight={setHovered} />
            </SectionCard>
            <SectionCard
              title="Steps"
              action={
                <Button
                  size="small"
                  onClick={() => toggle('steps', !changedStepsOnly, 'changed')}
                  aria-pressed={changedStepsOnly}
                >
                  {changedStepsOnly ? 'Show all steps' : 'Only steps that differ'}
                </Button>
              }
            >
              <StepDiffTable
                runs={comparison.runs}
                baselineIndex={baselineIndex}
                rows={changedStepsOnly ? comparison.steps.filter((row) => row.mark !== 'unchanged') : comparison.steps}
                highlightedStepId={highlighted}
                onHighlight={setHovered}
                logsHref={logsHref}
              />
            </SectionCard>
            {get('logs') && (
              <SectionErrorBoundary title="The log comparison could not be shown">
                <Suspense fallback={<LoadingState label="Loading the log comparison" />}>
                  <LogDiffSection runs={comparison.runs} baselineIndex={baselineIndex} />
                </Suspense>
              </SectionErrorBoundary>
            )}
            <SectionCard title="Artifacts">
              {!painted ? (
                <LoadingState label="Comparing artifacts" />
              ) : (
                <Suspense fallback={<LoadingState label="Comparing artifacts" />}>
                  <ArtifactDiffTable
                    runs={comparison.runs}
                    baselineIndex={baselineIndex}
                    rows={comparison.artifacts}
                    showAll={showAllArtifacts}
                    onShowAll={(all) => toggle('artifacts', all, 'all')}
                    page={Number(get('apage') ?? 1) || 1}
                    onPage={(page) => update({ apage: page > 1 ? page : null }, { keepCursor: true })}
                    onPreview={artifactDrawers.preview}
                    onCompare={artifactDrawers.compare}
                  />
                </Suspense>
              )}
            </SectionCard>
            <SectionCard title="Inputs">
              <Suspense fallback={<LoadingState label="Comparing inputs" />}>
                <InputsDiffTable
                  runs={comparison.runs}
                  baselineIndex={baselineIndex}
                  rows={inputs}
                  showAll={showAllInputs}
                  onShowAll={(all) => toggle('inputs', all, 'all')}
                />
              </Suspense>
            </SectionCard>
            {artifactDrawers.isOpen && (
              <SectionErrorBoundary title="The artifact could not be opened">
                <Suspense fallback={null}>
                  <ComparisonArtifactDrawers runs={comparison.runs} baselineIndex={baselineIndex} rows={comparison.artifacts} />
                </Suspense>
              </SectionErrorBoundary>
            )}
            <SectionCard title="Duration and credits per step">
              <SectionErrorBoundary title="The chart could not be drawn">
                <Suspense fallback={<LoadingState label="Loading the chart" />}>
                  {painted ? (
                    <StepMetricsChart runs={comparison.runs} rows={comparison.steps} />
                  ) : (
                    <LoadingState label="Loading the chart" />
                  )}
                </Suspense>
              </SectionErrorBoundary>
            </SectionCard>
          </>
        )}
      </Stack>
    </>
  )
}
