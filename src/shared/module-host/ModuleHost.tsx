/**
 * ModuleHost — puts a module version's UI on screen, sandboxed by trust tier (../shared/spec/module-ui-contract.md).
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
 *     uiOnlyRun={false}               // true when the run is a UI-only run that onComplete/onError may finish
 *   />
 *
 * - community / verified / unknown tier → a sandboxed iframe (`sandbox="allow-scripts allow-forms"`) on the console's
 *   frame page, talking over a MessageChannel bridge; internal → the console's realm, under an error boundary keyed by run.
 * - onExecute/onSubmit create a module run of `module.id`@`module.version` (POST /v1/module-runs, Idempotency-Key) and
 *   resolve its result envelope; the host needs nothing from the page for that. On /modules/:moduleId/run pass e.g.
 *   `runId={`ui-${moduleId}`}` before a run exists; hostFetch then only reaches runs the UI creates itself.
 * - Failures replace the panel with an explained card (code, name@version, run, details, Retry, Copy details).
 * - Remount happens when module/version/ui/runId change; inputData/results changes are sent as prop updates.
 * - `onLog` receives every prop call and bridge message (the developer harness shows them); pages can omit it.
 * - `devOverride` is for the developer harness only: `ui.integrity` may then be null for a localhost bundle URL, which
 *   the frame then runs as a plain script (a static server needs no CORS header); `themeMode` forces the module's theme.
 */
import { Alert, Box, Chip, Skeleton, Stack, Typography } from '@mui/material'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { absolute, assetUrl, frameUrl } from './frameUrls'
import { IframeHost } from './iframeHost'
import { provideHostFetch } from './internalHostFetch'
import { InternalHost } from './InternalHost'
import { ModuleErrorCard } from './ModuleErrorCard'
import { toModuleError, ModuleError } from './moduleError'
import { ModuleSession } from './moduleSession'
import { applyThemeToDocument } from './themeVars'
import {
  loadingModeOf,
  type HostLogEntry,
  type ModuleUIProps,
  type ModuleUiRecord,
  type MountedModule,
  type ResultEnvelope,
  type ThemeMode,
} from './types'
import { useModuleTheme } from './useModuleTheme'
import { isLocalDevUrl } from './sri'

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

type Phase = { state: 'loading' } | { state: 'mounted' } | { state: 'failed'; error: ModuleError }

type Controller = {
  setProps: (props: { inputData: Record<string, unknown>; results?: ResultEnvelope }) => void
  setTheme: (theme: ReturnType<typeof useModuleTheme>) => void
  destroy: () => void
}

export function ModuleHost({
  module,
  ui,
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
  const controllerRef = useRef<Controller | null>(null)
  const [phase, setPhase] = useState<Phase>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [notices, setNotices] = useState<{ id: number; code?: string; message: string }[]>([])
  const theme = useModuleTheme(themeMode)
  // The latest values for the mount effect and the bridge callbacks, without remounting when they change.
  const latest = useRef({ inputData, results, theme, onLog, onExecuteOverride })
  useLayoutEffect(() => {
    latest.current = { inputData, results, theme, onLog, onExecuteOverride }
  })

  const mode = devOverride ? 'iframe' : loadingModeOf(module.trustTier)
  const label = `${module.name}@${module.version}`
  const title = `${module.displayName ?? module.name} (module UI)`
  const uiKey = ui ? JSON.stringify([ui.bundleUrl, ui.integrity, ui.globals, ui.assets]) : ''
  const moduleKey = JSON.stringify([module.id, module.name, module.version, module.dataAccess ?? []])

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    setPhase({ state: 'loading' })
    setNotices([])
    const log = (entry: Omit<HostLogEntry, 'at'>) => latest.current.onLog?.({ at: Date.now(), ...entry })
    // Marks for the bench (scripts/bench/moduleHost.mjs): mount start → module mounted.
    const mark = `module-host:${runId}:${attempt}:start`
    performance.mark(mark)
    const onMounted = () => {
      performance.measure('module-host:mount-to-ready', mark)
      performance.clearMarks(mark)
      setPhase({ state: 'mounted' })
    }
    const failed = (error: unknown) => setPhase({ state: 'failed', error: toModuleError(error) })
    if (!ui) {
      failed(new ModuleError('MODULE_NOT_FOUND', 'This module version has no UI bundle.'))
      return
    }
    if (devOverride && !isLocalDevUrl(ui.bundleUrl)) {
      failed(new ModuleError('MODULE_NOT_FOUND', 'A developer override URL must be http://localhost or http://127.0.0.1.'))
      return
    }
    let noticeId = 0
    const session = new ModuleSession({
      module,
      runId,
      followsRun,
      uiOnlyRun,
      log,
      showNotice: (notice) => setNotices((list) => [...list.slice(-4), { id: (noticeId += 1), ...notice }]),
      ...(latest.current.onExecuteOverride ? { executeOverride: latest.current.onExecuteOverride } : {}),
    })
    const assets = ui.assets.map((asset) => ({ url: assetUrl(ui.bundleUrl, asset.path), integrity: asset.integrity }))
    let cancelled = false
    let controller: Controller

    if (mode === 'iframe') {
      const { inputData: data, results: res, theme: initialTheme } = latest.current
      const host = new IframeHost({
        container,
        frameUrl: frameUrl(devOverride),
        title,
        init: {
          runId,
          module: { name: module.name, version: module.version },
          tier: module.trustTier ?? 'community',
          bundleUrl: absolute(ui.bundleUrl),
          integrity: ui.integrity,
          assets,
          runtime: ui.runtime,
          globals: [...ui.globals],
          theme: initialTheme,
          props: { inputData: data, initialParams: data, ...(res ? { results: res } : {}) },
          dev: devOverride,
        },
        session,
        log,
        onMounted,
        onFailed: failed,
        onHeight: () => undefined,
      })
      host.start()
      controller = {
        setProps: (props) =>
          host.post({ type: 'props', inputData: props.inputData, ...(props.results ? { results: props.results } : {}) }),
        setTheme: (next) => host.post({ type: 'theme', mode: next.mode, vars: next.vars }),
        destroy: () => void host.destroy(),
      }
    } else {
      let internal: InternalHost | null = null
      const propsOf = (data: Record<string, unknown>, res: ResultEnvelope | undefined): ModuleUIProps => ({
        runId,
        inputData: data,
        initialParams: data,
        ...(res ? { results: res } : {}),
        onExecute: (params) => call('onExecute', [params], () => session.execute(params)),
        onSubmit: (params) => call('onExecute', [params], () => session.execute(params)),
        onComplete: (result) => void call('onComplete', [result], () => session.complete(result)),
        onError: (error) => void call('onError', [error], () => session.reportError(error)),
        subscribe: (event, handler) => session.subscribe(event, handler),
        emit: (event, payload) => session.emit(event, payload),
      })
      const call = async <T,>(name: string, args: unknown[], work: () => Promise<T>): Promise<T> => {
        const started = performance.now()
        const value = await work()
        log({ kind: 'call', name, detail: { args, value }, durationMs: Math.round(performance.now() - started) })
        return value
      }
      applyThemeToDocument(document, latest.current.theme.mode, latest.current.theme.vars)
      const withdrawHostFetch = provideHostFetch(session)
      import('./internalLoader')
        .then(({ loadInternal }) =>
          loadInternal({
            url: absolute(ui.bundleUrl),
            integrity: ui.integrity,
            runtime: ui.runtime,
            globals: ui.globals,
            assets,
          }),
        )
        .then((component) => {
          if (cancelled) return
          internal = new InternalHost({ container, component, runId, onMounted, onFailed: failed })
          internal.render(propsOf(latest.current.inputData, latest.current.results))
          log({ kind: 'lifecycle', name: 'internal bundle evaluated' })
        })
        .catch((error: unknown) => {
          if (!cancelled) failed(error)
        })
      controller = {
        setProps: (props) => internal?.render(propsOf(props.inputData, props.results)),
        setTheme: (next) => {
          applyThemeToDocument(document, next.mode, next.vars)
          session.deliver('theme.change', { mode: next.mode })
        },
        destroy: () => {
          withdrawHostFetch()
          internal?.destroy()
        },
      }
    }
    controllerRef.current = controller
    return () => {
      performance.clearMarks(mark)
      cancelled = true
      controllerRef.current = null
      controller.destroy()
      session.dispose()
    }
    // The module, its UI record, the run, the mode and Retry decide a fresh mount; the rest are prop updates.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moduleKey, uiKey, runId, followsRun, mode, attempt, devOverride, uiOnlyRun, title])

  const propsKey = useMemo(() => JSON.stringify([inputData, results ?? null]), [inputData, results])
  const firstProps = useRef(true)
  useEffect(() => {
    if (firstProps.current) {
      firstProps.current = false
      return
    }
    controllerRef.current?.setProps({ inputData: latest.current.inputData, results: latest.current.results })
  }, [propsKey])

  const themeKey = `${theme.mode}:${JSON.stringify(theme.vars)}`
  const firstTheme = useRef(true)
  useEffect(() => {
    if (firstTheme.current) {
      firstTheme.current = false
      return
    }
    controllerRef.current?.setTheme(latest.current.theme)
  }, [themeKey])

  const loading = phase.state === 'loading'
  return (
    <Stack spacing={1} data-module-host={mode} data-module-phase={phase.state} aria-busy={loading}>
      {devOverride && ui && (
        <Chip color="error" label={`DEV OVERRIDE ${ui.bundleUrl}`} sx={{ alignSelf: 'flex-start', fontWeight: 700 }} />
      )}
      {notices.map((notice) => (
        <Alert key={notice.id} severity="warning" onClose={() => setNotices((list) => list.filter((n) => n.id !== notice.id))}>
          {notice.code ? `${notice.code}: ` : ''}
          {notice.message}
        </Alert>
      ))}
      {phase.state === 'failed' && (
        <ModuleErrorCard error={phase.error} moduleLabel={label} runId={runId} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      <Box sx={{ position: 'relative', minHeight: loading ? 160 : 0, display: phase.state === 'failed' ? 'none' : 'block' }}>
        {loading && (
          <Box sx={{ position: 'absolute', inset: 0, zIndex: 1, bgcolor: 'background.paper' }} aria-label={`Loading ${title}`}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Loading {module.displayName ?? module.name} {module.version}…
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
