import { createElement, lazy, useState, type ComponentType } from 'react'

/**
 * A component in a chunk of its own that a route's loader loads ahead (`load()`, awaited beside the data). Once loaded
 * it renders at once. React.lazy suspends on its first render even when its chunk is already in memory, and React
 * then holds the revealed content back for its Suspense throttle (300 ms): a third of a second on every first visit
 * of Run History, found by profiling (docs/decisions/014). When `load()` has not finished, it is React.lazy as usual.
 */
export function lazyPreloaded<P extends object>(loadComponent: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null
  const load = () => loadComponent().then((component) => (loaded = component))
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  function Preloaded(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component would remount the subtree.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return createElement(Component, props)
  }
  return Object.assign(Preloaded, { load })
}
