import { Component, useEffect, type ComponentType, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { LIMITS, withStageTimeout } from '@/shared/module-host/limits'
import { hintsFor, type LoadObservations } from '@/shared/module-host/loadHints'
import { isModuleErrorCode, ModuleError, toModuleError } from '@/shared/module-host/moduleError'
import { PROTOCOL, RUNTIME_VERSION, type InitMessage } from '@/shared/module-host/protocol'
import { applyThemeToDocument } from '@/shared/module-host/themeVars'
import type { ModuleUIProps, ResultEnvelope } from '@/shared/module-host/types'
import { BridgeClient } from './bridgeClient'
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

export async function runFrame(init: InitMessage, port: MessagePort): Promise<void> {
  const bridge = new BridgeClient(port)
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
    const loaded = await withStageTimeout(loadModule(init), LIMITS.fetchVerifyMs, 'fetch and verify')
    component = loaded.component
    observed = loaded.observed
  } catch (error) {
    fault(error)
    return
  }
  // The fetch + verify stage is over: the host's own 3 s mount limit starts now (§7).
  bridge.post({ type: 'loaded', runId: init.runId })
  mount(component, init, bridge, fault)
}

function mount(
  component: ComponentType<Record<string, unknown>>,
  init: InitMessage,
  bridge: BridgeClient,
  fault: (error: unknown) => void,
): void {
  const node = document.getElementById('module-mount')!
  const root: Root = createRoot(node)
  let data = init.props.inputData
  let results = init.props.results as ResultEnvelope | undefined
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
  const execute = (params: Record<string, unknown>) => bridge.call('onExecute', [params]) as Promise<ResultEnvelope>
  const props = (): ModuleUIProps => ({
    runId: init.runId,
    inputData: data,
    initialParams: data,
    ...(results ? { results } : {}),
    onExecute: execute,
    onSubmit: execute,
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
    if (message.inputData) data = message.inputData
    if (message.results !== undefined) results = message.results as ResultEnvelope
    render()
  }
  bridge.onTheme = (message) => {
    applyThemeToDocument(document, message.mode, message.vars)
    bridge.dispatch('theme.change', { mode: message.mode })
  }
  bridge.onUnmount = () => {
    clearTimeout(mountTimer)
    root.unmount()
    bridge.post({ type: 'unmounted' })
  }
  reportHeight(bridge)
  render()
}

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
