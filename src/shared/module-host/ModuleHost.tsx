import { clipText } from '@/shared/lib/clip'
/**
 * ModuleHost — puts a module version's UI on screen, sandboxed by trust tier (docs/spec/module-ui-contract.md).
 *
 * Usage (a page that shows a with-ui module; every feature may use it, it lives in shared/):
 *
 *   import { ModuleHost } from '@/shared/module-host/ModuleHost'
 *
 *   <ModuleHost
 *     module={{ id: version.manifest.name ?? moduleId, name: module.moduleName, version: version.version,
 *               displayName: module.displayName, trustTier: version.trustTier,
 *               dataAccess: module.permissions?.data_access }}
 *     ui={version.ui}                 // the version's `ui` record; undefined → MODULE_NOT_FOUND card
 *     runId={run.runId}               // /runs/:runId: the run; /modules/:id/run: a fresh id is fine (see below)
 *     inputData={run.parameters}      // also passed as initialParams
 *     results={envelope}              // optional, once the run is terminal (re-sent as a `props` update)
 *     uiOnlyRun={isUiOnlyRun(module.type, version.manifest, run)}  // the UI ends the run itself (uiOnlyRun.ts)
 *   />
 *
 * - community / verified / unknown tier → a sandboxed iframe (`sandbox="allow-scripts allow-forms"`) on the console's
 *   frame page, talking over a MessageChannel bridge; internal → the console's realm, under an error boundary keyed by run.
 * - onExecute/onSubmit create a module run of `module.id`@`module.version` (POST /v1/module-runs, Idempotency-Key) and
 *   resolve its result envelope; the host needs nothing from the page for that. On /modules/:moduleId/run pass e.g.
 *   `runId={`ui-${moduleId}`}` before a run exists; hostFetch then only reaches runs the UI creates itself.
 * - Failures replace the panel with an explained card (code, name@version, run, details, Retry, Copy details).
 * - Remount happens when the module, its `ui` record, runId, followsRun or devOverride change (by content: object
 *   literals are fine); inputData/results and theme changes are sent to the mounted module as updates, and a change of
 *   uiOnlyRun (the run ended) only updates the host's side. After the host completes or fails a run, every module-run
 *   query is invalidated, so the page shows the run ended.
 * - The framed and the in-realm mount are two units behind one controller (`mountFramed.ts`, `mountInRealm.ts`,
 *   `moduleController.ts`); `useModuleMount` decides when to mount, this component only shows the outcome.
 * - `onLog` receives every prop call and bridge message (the developer harness shows them); pages can omit it.
 * - `devOverride` is for the developer harness only: `ui.integrity` may then be null for a localhost bundle URL, which
 *   the frame then runs as a plain script (a static server needs no CORS header); `themeMode` forces the module's theme.
 */
import { Alert, Box, Chip, Skeleton, Stack, Typography } from '@mui/material'
import { useRef } from 'react'
import { moduleTitle } from './moduleController'
import { ModuleErrorCard } from './ModuleErrorCard'
import {
  loadingModeOf,
  type HostLogEntry,
  type ModuleUiRecord,
  type MountedModule,
  type ResultEnvelope,
  type ThemeMode,
} from './types'
import { useModuleMount } from './useModuleMount'
import { useModuleTheme } from './useModuleTheme'
import { useStableJson } from './useStableJson'

export type ModuleHostProps = {
  module: MountedModule
  ui: ModuleUiRecord | undefined
  runId: string
  /** False while `runId` names no run yet (the launch page, the harness's made-up id): its status is not polled. */
  followsRun?: boolean
  inputData: Record<string, unknown>
  results?: ResultEnvelope
  uiOnlyRun?: boolean
  onLog?: (entry: HostLogEntry) => void
  devOverride?: boolean
  /** Developer harness only: answer onExecute/onSubmit with this instead of creating a run (mock mode). */
  onExecuteOverride?: (params: Record<string, unknown>) => Promise<ResultEnvelope>
  /** Developer harness only: the theme mode the module receives, whatever the console shows (§10). */
  themeMode?: ThemeMode
}

export function ModuleHost({
  module: givenModule,
  ui: givenUi,
  runId,
  followsRun = true,
  inputData,
  results,
  uiOnlyRun = false,
  onLog,
  devOverride = false,
  onExecuteOverride,
  themeMode,
}: ModuleHostProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const module = useStableJson(givenModule)
  const ui = useStableJson(givenUi)
  const inputs = useStableJson(results ? { inputData, results } : { inputData })
  const theme = useStableJson(useModuleTheme(themeMode))
  const mode = devOverride ? 'iframe' : loadingModeOf(module.trustTier)
  const { phase, notices, dismissNotice, retry } = useModuleMount({
    container: containerRef,
    mode,
    module,
    ui,
    runId,
    followsRun,
    uiOnlyRun,
    devOverride,
    inputs,
    theme,
    onLog,
    onExecuteOverride,
  })

  const label = `${module.name}@${module.version}`
  const title = moduleTitle(module)
  const loading = phase.state === 'loading'
  return (
    <Stack spacing={1} data-module-host={mode} data-module-phase={phase.state} aria-busy={loading}>
      {devOverride && ui && (
        <Chip color="error" label={`DEV OVERRIDE ${ui.bundleUrl}`} sx={{ alignSelf: 'flex-start', fontWeight: 700 }} />
      )}
      {notices.map((notice) => (
        <Alert key={notice.id} severity="warning" onClose={() => dismissNotice(notice.id)}>
          {notice.code ? `${notice.code}: ` : ''}
          {notice.message}
        </Alert>
      ))}
      {phase.state === 'failed' && <ModuleErrorCard error={phase.error} moduleLabel={label} runId={runId} onRetry={retry} />}
      <Box sx={{ position: 'relative', minHeight: loading ? 160 : 0, display: phase.state === 'failed' ? 'none' : 'block' }}>
        {loading && (
          <Box sx={{ position: 'absolute', inset: 0, zIndex: 1, bgcolor: 'background.paper' }} aria-label={`Loading ${title}`}>
            <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
              Loading {clipText(module.displayName ?? module.name)} {clipText(module.version)}…
            </Typography>
            <Skeleton variant="rounded" height={120} />
          </Box>
        )}
        {/* The module's own DOM (an iframe, or an internal module's tree): what is in it is the module's doing. */}
        <div ref={containerRef} data-module-ui="" />
      </Box>
    </Stack>
  )
}
