import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as ReactDOMClient from 'react-dom/client'
import * as ReactJSXRuntime from 'react/jsx-runtime'
import type { ComponentType } from 'react'
import { diagnoseScriptFailure } from './bundleProbe'
import { hintsFor } from './loadHints'
import { LIMITS, withStageTimeout } from './limits'
import { ModuleError } from './moduleError'
import { RUNTIME_VERSION } from './protocol'
import { resolveModuleUi } from './resolveComponent'
import { runBundle } from './runBundle'
import { packsFor } from './runtimePacks'
import { injectScript, ScriptRefused, verifyBundle } from './sri'

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
    loading = injectScript(document, url, integrity).catch(async (error: unknown) => {
      throw error instanceof ScriptRefused ? await diagnoseScriptFailure(document, url, integrity) : error
    })
    loadedPacks.set(url, loading)
    loading.catch(() => loadedPacks.delete(url))
  }
  return loading
}

const cache = new Map<string, ComponentType<Record<string, unknown>>>()
let queue: Promise<unknown> = Promise.resolve()

export type InternalUi = {
  url: string
  integrity: string | null
  runtime: string
  globals: readonly string[]
  assets: readonly { url: string; integrity: string }[]
}

/**
 * Loads an internal bundle into the console's realm (§3): one at a time through a queue, because every bundle writes
 * the same UMD global; the runtime and packs checked, the bundle verified before it runs; `window.ModuleUI` read, then
 * deleted. Components are cached per URL (bundles are immutable).
 */
export function loadInternal(ui: InternalUi): Promise<ComponentType<Record<string, unknown>>> {
  const { url, integrity } = ui
  const cached = cache.get(url)
  if (cached) return Promise.resolve(cached)
  const job = queue.then(() =>
    withStageTimeout(
      (async () => {
        if (import.meta.env.DEV && globals.define?.amd)
          throw new ModuleError('MODULE_CONTRACT_INVALID', 'An AMD loader is present on a page that hosts internal modules.')
        // The same runtime check as the frame's (§1): only react@19 is offered.
        if (ui.runtime !== RUNTIME_VERSION)
          throw new ModuleError('MODULE_CONTRACT_INVALID', `The runtime ${ui.runtime} is not offered (only ${RUNTIME_VERSION}).`)
        const packs = packsFor(ui.globals)
        await verifyBundle(url, integrity, false)
        for (const asset of ui.assets) await verifyBundle(asset.url, asset.integrity, false)
        installRuntime()
        for (const pack of packs) await loadPack(pack.url, pack.integrity)
        delete globals.ModuleUI
        try {
          const observed = await runBundle(window, url, integrity, { cors: true })
          try {
            const component = resolveModuleUi(globals.ModuleUI)
            cache.set(url, component)
            return component
          } catch (error) {
            throw error instanceof ModuleError ? error.withHints(hintsFor('', observed)) : error
          }
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
