import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react'

/**
 * A component in a chunk of its own that is rendered without Suspense: `placeholder` until its chunk is in, then the
 * component, the moment it is. After a Suspense fallback React holds the revealed content back for its throttle
 * (300 ms, docs/decisions/014), which a part fetched beside the page's data (not awaited by the loader) would pay on
 * every visit where the data came first. `load()` starts the fetch early (a loader); a failed load is thrown to the
 * nearest error boundary on render, and a later mount tries again.
 */
export function lazyWithPlaceholder<P extends object>(loadComponent: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const load = () =>
    (pending ??= loadComponent().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null
        throw error
      },
    ))
  function WithPlaceholder({ placeholder, ...props }: P & { placeholder: ReactNode }) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; error?: unknown }>(() => ({ component: loaded }))
    useEffect(() => {
      if (state.component) return
      let mounted = true
      load().then(
        (component) => mounted && setState({ component }),
        (error: unknown) => mounted && setState({ component: null, error }),
      )
      return () => {
        mounted = false
      }
    }, [state.component])
    if (state.error) throw state.error
    return state.component ? createElement(state.component, props as unknown as P) : placeholder
  }
  return Object.assign(WithPlaceholder, { load })
}
