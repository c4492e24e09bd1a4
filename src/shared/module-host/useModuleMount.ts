import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { moduleTitle, type ModuleController, type ModuleInputs } from './moduleController'
import { ModuleError, toModuleError } from './moduleError'
import { ModuleSession } from './moduleSession'
import { mountFramed } from './mountFramed'
import { mountInRealm } from './mountInRealm'
import { isLocalDevUrl } from './sri'
import type { HostLogEntry, ModuleTheme, ModuleUiRecord, MountedModule, ResultEnvelope } from './types'

export type MountPhase = { state: 'loading' } | { state: 'mounted' } | { state: 'failed'; error: ModuleError }
export type HostNotice = { id: number; code?: string; message: string }

/** `module`, `ui`, `inputs` and `theme` keep their identity while their content stays (`useStableJson`). */
export type MountOptions = {
  container: RefObject<HTMLElement | null>
  mode: 'iframe' | 'internal'
  module: MountedModule
  ui: ModuleUiRecord | undefined
  runId: string
  followsRun: boolean
  uiOnlyRun: boolean
  devOverride: boolean
  inputs: ModuleInputs
  theme: ModuleTheme
  onLog: ((entry: HostLogEntry) => void) | undefined
  onExecuteOverride: ((params: Record<string, unknown>) => Promise<ResultEnvelope>) | undefined
}

/**
 * One mount that is due: a new object exactly when the module, its UI, the run, the mode or Retry change. Not when
 * `uiOnlyRun` does: it turns false as the run the UI completed ends, and the module must stay on screen for that.
 */
type MountRequest = Pick<MountOptions, 'mode' | 'module' | 'ui' | 'runId' | 'followsRun' | 'devOverride'> & {
  attempt: number
}
/** What a mount reported, tagged with its request: a report of an earlier mount never shows for a later one. */
type Reported<T> = { request: MountRequest | null; value: T }

/** A request that cannot be mounted at all: no UI, or a developer override that is not on this machine. */
function refusalOf({ ui, devOverride }: MountRequest): ModuleError | null {
  if (!ui) return new ModuleError('MODULE_NOT_FOUND', 'This module version has no UI bundle.')
  if (devOverride && !isLocalDevUrl(ui.bundleUrl))
    return new ModuleError('MODULE_NOT_FOUND', 'A developer override URL must be http://localhost or http://127.0.0.1.')
  return null
}

/**
 * Mounts the module UI into `container` through the controller of its mode, and mounts afresh when the module, its UI
 * record, the run, the mode or Retry change; a change of inputs or theme is handed to the mounted controller instead.
 */
export function useModuleMount(options: MountOptions) {
  const { container, mode, module, ui, runId, followsRun, uiOnlyRun, devOverride, inputs, theme } = options
  const [attempt, setAttempt] = useState(0)
  const request = useMemo<MountRequest>(
    () => ({ mode, module, ui, runId, followsRun, devOverride, attempt }),
    [mode, module, ui, runId, followsRun, devOverride, attempt],
  )
  const refusal = useMemo(() => refusalOf(request), [request])
  const [reported, setReported] = useState<Reported<MountPhase>>({ request: null, value: { state: 'loading' } })
  const [notices, setNotices] = useState<Reported<HostNotice[]>>({ request: null, value: [] })
  const controller = useRef<ModuleController | null>(null)
  const liveSession = useRef<ModuleSession | null>(null)
  const queryClient = useQueryClient()
  // Read when a mount starts, so that new values or callbacks never cause a remount.
  const current = useEffectEvent(() => ({ inputs, theme, uiOnlyRun, onExecuteOverride: options.onExecuteOverride }))
  // The latest `onLog` in a ref rather than an effect event: a module may call back (and be logged) at any moment,
  // even while React renders (an in-realm module's `emit` in its render), where an effect event throws.
  const onLog = useRef(options.onLog)
  useLayoutEffect(() => {
    onLog.current = options.onLog
  })

  useEffect(() => {
    const element = container.current
    const { ui } = request
    if (!element || !ui || refusalOf(request)) return
    const { module, runId } = request
    // Marks for the bench (scripts/bench/moduleHost.mjs): mount start → module mounted.
    const mark = `module-host:${runId}:${request.attempt}:start`
    performance.mark(mark)
    const onMounted = () => {
      performance.measure('module-host:mount-to-ready', mark)
      performance.clearMarks(mark)
      setReported({ request, value: { state: 'mounted' } })
    }
    const logEntry = (entry: Omit<HostLogEntry, 'at'>) => onLog.current?.({ at: Date.now(), ...entry })
    const { inputs: initialInputs, theme: initialTheme, uiOnlyRun: initialUiOnlyRun, onExecuteOverride } = current()
    let noticeId = 0
    const session = new ModuleSession({
      module,
      runId,
      followsRun: request.followsRun,
      uiOnlyRun: initialUiOnlyRun,
      // The run the page shows has ended: refetch it (and the lists showing it), as a cancel does.
      onRunEnded: () => void queryClient.invalidateQueries({ queryKey: moduleRunQueries.all() }),
      log: logEntry,
      showNotice: (notice) =>
        setNotices((shown) => {
          const kept = shown.request === request ? shown.value.slice(-4) : []
          return { request, value: [...kept, { id: (noticeId += 1), ...notice }] }
        }),
      ...(onExecuteOverride ? { executeOverride: onExecuteOverride } : {}),
    })
    // A terminal failure ends the mount at once (§7: timers cleared, pending calls discarded): no run is polled and no
    // `window.hostFetch` stays behind while the card waits for Retry or the page to be left.
    let ended = false
    let mounted: ModuleController | null = null
    const end = () => {
      if (ended) return
      ended = true
      if (controller.current === mounted) controller.current = null
      if (liveSession.current === session) liveSession.current = null
      mounted?.destroy()
      session.dispose()
    }
    const onFailed = (error: unknown) => {
      setReported({ request, value: { state: 'failed', error: toModuleError(error) } })
      end()
    }
    const mount = request.mode === 'iframe' ? mountFramed : mountInRealm
    mounted = mount({
      container: element,
      module,
      ui,
      runId,
      title: moduleTitle(module),
      devOverride: request.devOverride,
      inputs: initialInputs,
      theme: initialTheme,
      session,
      log: logEntry,
      onMounted,
      onFailed,
    })
    // A failure reported while mounting (before `mount` returned) ends it now that there is something to destroy.
    if (ended) {
      mounted.destroy()
    } else {
      controller.current = mounted
      liveSession.current = session
    }
    return () => {
      performance.clearMarks(mark)
      end()
    }
  }, [container, request, queryClient])

  useEffect(() => liveSession.current?.setUiOnlyRun(uiOnlyRun), [uiOnlyRun])
  useEffect(() => controller.current?.setInputs(inputs), [inputs])
  useEffect(() => controller.current?.setTheme(theme), [theme])

  const phase: MountPhase = refusal
    ? { state: 'failed', error: refusal }
    : reported.request === request
      ? reported.value
      : { state: 'loading' }
  return {
    phase,
    notices: notices.request === request ? notices.value : [],
    dismissNotice: (id: number) =>
      setNotices((shown) => ({ request: shown.request, value: shown.value.filter((notice) => notice.id !== id) })),
    retry: () => setAttempt((n) => n + 1),
  }
}
