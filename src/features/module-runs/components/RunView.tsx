import { Alert, AlertTitle, Box, Link, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import { Link as RouterLink } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { paths } from '@/shared/lib/paths'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'
import { toServerTime } from '@/shared/lib/serverClock'
import { CopyButton } from '@/shared/ui/CopyButton'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { RefreshError } from '@/shared/ui/QueryState'
import { SectionCard } from '@/shared/ui/SectionCard'
import { StatusChip } from '@/shared/ui/StatusChip'
import { UpdatedAgo } from '@/shared/ui/UpdatedAgo'
import { isActiveRun, moduleRunQueries } from '@/shared/entities/moduleRuns'
import { JsonText } from '@/shared/ui/JsonText'
import { RunActions } from './RunActions'
import { RunArtifacts } from './RunArtifacts'
import { DevkitRunFacts } from './DevkitRunFacts'
import { RunFacts } from './RunFacts'
import { RunLogs } from './RunLogs'
import { RunModuleUi } from './RunModuleUi'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { useArtifactPreviewParam } from '@/shared/artifact-preview/useArtifactPreviewParam'
import { SectionErrorBoundary } from '@/shared/ui/SectionErrorBoundary'

// An artifact's preview (issue 18): its own chunk, loaded when the URL opens one.
const RunArtifactPreview = lazy(() => import('./RunArtifactPreview'))

// The result table (TanStack Table) sits below the fold: a chunk of its own, out of the run page's first load.
const RunResult = lazy(() => import('./RunResult').then((m) => ({ default: m.RunResult })))

type Props = {
  runId: string
  /** The run's title, as the page's h1 or the drawer's heading (with its close button). */
  renderHeader: (title: string, actions?: ReactNode) => ReactNode
  onStarted: (runId: string) => void
}

/** Everything about one module run: status (refreshed while active), facts, log, result, artifacts and parameters. */
export function RunView({ runId, renderHeader, onStarted }: Props) {
  // A devkit run has no log, credits or artifacts to show (issue 13): only what the stub records.
  const devkit = useIsDevkitSession()
  // Polled every 3 s while queued or running (the detail query's refetchInterval); a finished run is fetched once.
  const detail = useQuery(moduleRunQueries.detail(runId))
  const preview = useArtifactPreviewParam()
  if (detail.isPending)
    return (
      <>
        {renderHeader(runId)}
        <LoadingState label="Loading run" />
      </>
    )
  if (detail.isError && detail.data === undefined)
    return (
      <>
        {renderHeader(runId)}
        <ErrorState
          error={detail.error}
          onRetry={() => void detail.refetch()}
          action={
            <Link component={RouterLink} to={paths.moduleRuns()}>
              {devkit ? 'Back to this session’s runs' : 'Back to module runs'}
            </Link>
          }
        />
      </>
    )
  const run = detail.data
  const active = isActiveRun(run.status)
  return (
    <>
      {renderHeader(run.runId, <RunActions run={run} onStarted={onStarted} />)}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
        <StatusChip status={run.status} />
        <Typography variant="body2" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {clipText(run.moduleName)} {run.moduleVersion}
        </Typography>
        <UpdatedAgo updatedAt={detail.dataUpdatedAt} live={active} />
      </Box>
      <RefreshError query={detail} what="The run" />
      <Stack spacing={3}>
        <RunOutcome run={run} />
        <SectionCard title="Run">
          {devkit ? <DevkitRunFacts run={run} /> : <RunFacts run={run} now={toServerTime(detail.dataUpdatedAt)} />}
        </SectionCard>
        <RunModuleUi run={run} />
        {!devkit && (
          <SectionCard title="Log">
            <RunLogs runId={run.runId} active={active} />
          </SectionCard>
        )}
        <SectionCard title="Result">
          {active ? (
            <Typography variant="body2" color="textSecondary">
              The result appears here when the run has finished.
            </Typography>
          ) : (
            <Suspense fallback={<LoadingState label="Loading the result" />}>
              <RunResult runId={run.runId} />
            </Suspense>
          )}
        </SectionCard>
        {!devkit && (
          <SectionCard title="Artifacts">
            <RunArtifacts artifacts={run.artifacts} runId={run.runId} onPreview={preview.open} />
            {preview.uri !== undefined && (
              // A preview that fails (its code, a file it cannot show) explains itself here; the run page stays.
              <SectionErrorBoundary title="The preview could not be opened">
                <Suspense fallback={null}>
                  <RunArtifactPreview run={run} uri={preview.uri} onClose={preview.close} />
                </Suspense>
              </SectionErrorBoundary>
            )}
          </SectionCard>
        )}
        <SectionCard
          title="Parameters"
          action={<CopyButton value={JSON.stringify(run.parameters, null, 2)} label="Copy parameters" />}
        >
          <JsonText value={run.parameters} label={`Parameters of ${run.runId}`} />
        </SectionCard>
      </Stack>
    </>
  )
}

/** Why a run failed or was cancelled, first: that is what people open such a run for. */
function RunOutcome({ run }: { run: ModuleRun }) {
  if (!run.error) return null
  return (
    <Alert severity={run.status === 'cancelled' ? 'warning' : 'error'}>
      <AlertTitle>{run.error.code}</AlertTitle>
      <LongText value={run.error.message} max={DISPLAY_LIMIT.prose} label="error message" />
    </Alert>
  )
}
