import { Component, useEffect, type ComponentType, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { LIMITS, withStageTimeout } from '@/shared/module-host/limits'
import { hintsFor, type LoadObservations } from '@/shared/module-host/loadHints'
import { isModuleErrorCode, ModuleError, toModuleError } from '@/shared/module-host/moduleError'
import { PROTOCOL, RUNTIME_VERSION, type InitMessage } from '@/shared/module-host/protocol'
import { applyThemeToDocument } from '@/shared/module-host/themeVars'
import type { ModuleUIProps, ResultEnvelope } from '@/shared/module-host/types'
import { BridgeCallError, BridgeClient } from './bridgeClient'
import { installHostFetch } from './hostFetchClient'
import { loadModule } from './loadModule'

class Boundary extends Component<{ children: ReactNode; onCrash: (error: unknown) => void }, { crashed: boolean }> {
  state = { crashed: false }
  static getDerivedStateFromError() {
    return { crashed: true }
  }
  componentDidCatch(error: unknown) {
    this.props.onCrash(error)
  }
  render() {
    return this.state.crashed ? null : this.props.children
  }
}

// eslint-disable-next-line react-refresh/only-export-components -- an imperative mount, never hot-reloaded
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(onCommit, [onCommit])
  return children
}

/** The data props the module renders with: the init's, then each `props` update merged in (§4). */
type FrameInputs = { inputData: Record<string, unknown>; results: ResultEnvelope | undefined }
type PropsMessage = Parameters<BridgeClient['onProps']>[0]

/** A `props` update replaces what it carries and keeps the rest: the host sends `inputData`, and `results` once known. */
function mergeProps(inputs: FrameInputs, message: PropsMessage): void {
  if (message.inputData) inputs.inputData = message.inputData
  if (message.results !== undefined) inputs.results = message.results as ResultEnvelope
}

export async function runFrame(init: InitMessage, port: MessagePort): Promise<void> {
  const bridge = new BridgeClient(port)
  const inputs: FrameInputs = { inputData: init.props.inputData, results: init.props.results as ResultEnvelope | undefined }
  // The host may send props, theme or unmount while the bundle still loads (a run ending, a theme switch, the user
  // leaving); none of it may be lost. Props are kept for the mount, a theme applies to the document at once (where
  // the module reads it), and an unmount cancels the load and is answered at once: nothing will be mounted.
  const cancelled = new AbortController()
  bridge.onProps = (message) => mergeProps(inputs, message)
  bridge.onTheme = (message) => {
    applyThemeToDocument(document, message.mode, message.vars)
    bridge.dispatch('theme.change', { mode: message.mode })
  }
  bridge.onUnmount = () => {
    cancelled.abort()
    bridge.post({ type: 'unmounted' })
  }
  let observed: LoadObservations | undefined
  const fault = (error: unknown) => {
    const e = toModuleError(error)
    const hints = [...new Set([...e.hints, ...hintsFor(`${e.message} ${e.details ?? ''}`, observed)])]
    bridge.post({
      type: 'fault',
      code: isModuleErrorCode(e.code) ? e.code : 'MODULE_CRASHED',
      message: e.message.slice(0, 2000),
      ...(e.details ? { details: e.details.slice(0, 20_000) } : {}),
      ...(hints.length ? { hints: hints.slice(0, 8).map((hint) => hint.slice(0, 1000)) } : {}),
    })
  }
  bridge.post({ type: 'ready', protocol: PROTOCOL, runtimeVersion: RUNTIME_VERSION, runId: init.runId })

  applyThemeToDocument(document, init.theme.mode, init.theme.vars)
  installHostFetch(bridge)

  let component: ComponentType<Record<string, unknown>>
  try {
    const loaded = await withStageTimeout(loadModule(init, cancelled.signal), LIMITS.fetchVerifyMs, 'fetch and verify')
    component = loaded.component
    observed = loaded.observed
  } catch (error) {
    if (!cancelled.signal.aborted) fault(error)
    return
  }
  if (cancelled.signal.aborted) return
  // The fetch + verify stage is over: the host's own 3 s mount limit starts now (§7).
  bridge.post({ type: 'loaded', runId: init.runId })
  mount(component, init, inputs, bridge, fault)
}

function mount(
  component: ComponentType<Record<string, unknown>>,
  init: InitMessage,
  inputs: FrameInputs,
  bridge: BridgeClient,
  fault: (error: unknown) => void,
): void {
  const node = document.getElementById('module-mount')!
  const root: Root = createRoot(node)
  let mounted = false
  let crashed = false
  const mountTimer = setTimeout(
    () => fault(new ModuleError('MODULE_LOAD_TIMEOUT', 'The interface did not render within 3 s.')),
    LIMITS.mountMs,
  )
  const onCommit = () => {
    if (mounted) return
    mounted = true
    clearTimeout(mountTimer)
    bridge.post({ type: 'mounted', runId: init.runId })
  }
  const onCrash = (error: unknown) => {
    if (crashed) return
    crashed = true
    clearTimeout(mountTimer)
    const message = error instanceof Error ? error.message : String(error)
    fault(
      new ModuleError(
        'MODULE_CRASHED',
        `The interface threw while rendering: ${message}`,
        error instanceof Error ? error.stack : undefined,
      ),
    )
  }
  const executeCall = execute(bridge)
  const props = (): ModuleUIProps => ({
    runId: init.runId,
    inputData: inputs.inputData,
    initialParams: inputs.inputData,
    ...(inputs.results ? { results: inputs.results } : {}),
    onExecute: executeCall,
    onSubmit: executeCall,
    onComplete: (result) => void bridge.call('onComplete', [result]).catch(() => undefined),
    onError: (error) => void bridge.call('onError', [error]).catch(() => undefined),
    subscribe: (event, handler) => bridge.subscribe(String(event), handler),
    emit: (event, payload) => void bridge.call('emit', [event, payload]).catch(() => undefined),
  })
  const render = () =>
    root.render(
      <Boundary key={init.runId} onCrash={onCrash}>
        <Committed onCommit={onCommit}>{createModuleElement(component, props())}</Committed>
      </Boundary>,
    )
  bridge.onProps = (message) => {
    mergeProps(inputs, message)
    render()
  }
  bridge.onUnmount = () => {
    clearTimeout(mountTimer)
    root.unmount()
    bridge.post({ type: 'unmounted' })
  }
  reportHeight(bridge)
  render()
}

/**
 * `onExecute`/`onSubmit`: a refusal (the host's error reply, or a call too large to send) resolves as an error
 * envelope, as §2 wants of every host-side refusal; the promise never rejects while the module is mounted.
 */
const execute = (bridge: BridgeClient) => (params: Record<string, unknown>) =>
  (bridge.call('onExecute', [params]) as Promise<ResultEnvelope>).catch((error: unknown): ResultEnvelope => ({
    status: 'error',
    error: {
      type: error instanceof BridgeCallError ? error.code : 'validation',
      message: error instanceof Error ? error.message : String(error),
    },
    metadata: {},
  }))

function createModuleElement(component: ComponentType<Record<string, unknown>>, props: ModuleUIProps) {
  const Module = component
  return <Module {...(props as unknown as Record<string, unknown>)} />
}

/** The module's height, at most once per animation frame; the host clamps it to 100–4000 px (§4). */
function reportHeight(bridge: BridgeClient): void {
  let scheduled = false
  let last = -1
  const node = document.getElementById('module-mount')!
  const observer = new ResizeObserver(() => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(() => {
      scheduled = false
      // The content's own height: the document's would never drop below the iframe's current height.
      const height = Math.ceil(node.getBoundingClientRect().height)
      if (height !== last) {
        last = height
        bridge.post({ type: 'resize', height })
      }
    })
  })
  observer.observe(node)
}
