import { Component, createElement, useEffect, type ComponentType, type ErrorInfo, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { LIMITS, stageTimeout } from './limits'
import { ModuleError } from './moduleError'
import type { ModuleUIProps } from './types'

type BoundaryProps = { children?: ReactNode; onCrash: (error: ModuleError) => void }

/** Catches a render or commit error of an internal module: MODULE_CRASHED, the console keeps running (§3, §7). */
class ModuleErrorBoundary extends Component<BoundaryProps, { crashed: boolean }> {
  state = { crashed: false }
  static getDerivedStateFromError() {
    return { crashed: true }
  }
  componentDidCatch(error: unknown, info: ErrorInfo) {
    const message = error instanceof Error ? error.message : String(error)
    this.props.onCrash(
      new ModuleError('MODULE_CRASHED', `The interface threw while rendering: ${message}`, info.componentStack ?? undefined),
    )
  }
  render() {
    return this.state.crashed ? null : this.props.children
  }
}

/** Reports the module's first commit: the mount limit ends there. */
function FirstCommit({ onCommit, children }: { onCommit: () => void; children?: ReactNode }) {
  useEffect(onCommit, [onCommit])
  return children
}

type Options = {
  container: HTMLElement
  component: ComponentType<Record<string, unknown>>
  runId: string
  onMounted: () => void
  onFailed: (error: ModuleError) => void
}

/**
 * An internal module in the console's realm: a fresh `<div data-module-root>` with its own root, the module under an
 * error boundary keyed by run, the mount limit enforced, and `root.unmount()` plus removal on leave.
 */
export class InternalHost {
  private readonly node = document.createElement('div')
  private root: Root | null = null
  private timer: ReturnType<typeof setTimeout> | undefined
  private done = false

  constructor(private readonly options: Options) {
    this.node.setAttribute('data-module-root', '')
    this.node.className = 'module-container'
  }

  render(props: ModuleUIProps): void {
    if (this.done) return
    if (!this.root) {
      this.options.container.append(this.node)
      this.root = createRoot(this.node)
      this.timer = setTimeout(() => this.fail(stageTimeout('mount', LIMITS.mountMs)), LIMITS.mountMs)
    }
    this.root.render(
      createElement(
        ModuleErrorBoundary,
        { key: this.options.runId, onCrash: (error: ModuleError) => this.fail(error) },
        createElement(FirstCommit, { onCommit: this.onCommit }, createElement(this.options.component, { ...props })),
      ),
    )
  }

  destroy(): void {
    if (this.done && !this.root) return
    this.done = true
    clearTimeout(this.timer)
    const root = this.root
    this.root = null
    // Unmounting inside a React commit (e.g. a route leaving) warns; a microtask later it is safe.
    queueMicrotask(() => {
      root?.unmount()
      this.node.remove()
    })
  }

  private onCommit = () => {
    clearTimeout(this.timer)
    if (!this.done) this.options.onMounted()
  }

  private fail(error: ModuleError): void {
    if (this.done) return
    this.destroy()
    this.options.onFailed(error)
  }
}
