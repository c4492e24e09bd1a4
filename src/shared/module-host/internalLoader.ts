import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as ReactDOMClient from 'react-dom/client'
import * as ReactJSXRuntime from 'react/jsx-runtime'
import type { ComponentType } from 'react'
import { LIMITS, withStageTimeout } from './limits'
import { ModuleError } from './moduleError'
import { resolveModuleUi } from './resolveComponent'
import { packsFor } from './runtimePacks'
import { injectScript, verifyBundle } from './sri'

type Globals = Record<string, unknown> & { ModuleUI?: unknown; define?: { amd?: unknown } }
const globals = window as unknown as Globals

let runtimeInstalled = false
/** Internal bundles use the console's own React instances (§1): assigned once, before the first bundle runs. */
function installRuntime(): void {
  if (runtimeInstalled) return
  runtimeInstalled = true
  globals.React = React
  globals.ReactDOM = { ...ReactDOM, ...ReactDOMClient }
  globals.ReactJSXRuntime = ReactJSXRuntime
}

const loadedPacks = new Map<string, Promise<void>>()
function loadPack(url: string, integrity: string): Promise<void> {
  let loading = loadedPacks.get(url)
  if (!loading) {
    loading = injectScript(document, url, integrity)
    loadedPacks.set(url, loading)
    loading.catch(() => loadedPacks.delete(url))
  }
  return loading
}

/** Runs a script and reports an exception thrown while it evaluates (which still fires `load`). */
async function evaluate(url: string, integrity: string | null): Promise<void> {
  let thrown: ErrorEvent | null = null
  const onError = (event: ErrorEvent) => {
    if (event.filename === url) thrown = event
  }
  window.addEventListener('error', onError)
  try {
    await injectScript(document, url, integrity)
  } finally {
    window.removeEventListener('error', onError)
  }
  const error = thrown as ErrorEvent | null
  if (error) throw new ModuleError('MODULE_CRASHED', `The bundle threw while loading: ${error.message}`)
}

const cache = new Map<string, ComponentType<Record<string, unknown>>>()
let queue: Promise<unknown> = Promise.resolve()

/**
 * Loads an internal bundle into the console's realm (§3): one at a time through a queue, because every bundle writes
 * the same UMD global; verified before it runs; `window.ModuleUI` read, then deleted. Components are cached per URL
 * (bundles are immutable).
 */
export function loadInternal(
  url: string,
  integrity: string | null,
  globalsDeclared: readonly string[],
  assets: readonly { url: string; integrity: string }[],
): Promise<ComponentType<Record<string, unknown>>> {
  const cached = cache.get(url)
  if (cached) return Promise.resolve(cached)
  const job = queue.then(() =>
    withStageTimeout(
      (async () => {
        if (import.meta.env.DEV && globals.define?.amd)
          throw new ModuleError('MODULE_CONTRACT_INVALID', 'An AMD loader is present on a page that hosts internal modules.')
        const packs = packsFor(globalsDeclared)
        await verifyBundle(url, integrity, false)
        for (const asset of assets) await verifyBundle(asset.url, asset.integrity, false)
        installRuntime()
        for (const pack of packs) await loadPack(pack.url, pack.integrity)
        delete globals.ModuleUI
        try {
          await evaluate(url, integrity)
          const component = resolveModuleUi(globals.ModuleUI)
          cache.set(url, component)
          return component
        } finally {
          delete globals.ModuleUI
        }
      })(),
      LIMITS.fetchVerifyMs,
      'fetch and verify',
    ),
  )
  queue = job.catch(() => undefined)
  return job
}
