import type { ComponentType } from 'react'
import {
  httpStatus,
  looksLikeJavaScript,
  notJavaScript,
  probeUrl,
  unreachable,
  diagnoseScriptFailure,
} from '@/shared/module-host/bundleProbe'
import { hintsFor, type LoadObservations } from '@/shared/module-host/loadHints'
import { ModuleError } from '@/shared/module-host/moduleError'
import { RUNTIME_VERSION, type InitMessage } from '@/shared/module-host/protocol'
import { resolveModuleUi } from '@/shared/module-host/resolveComponent'
import { runBundle } from '@/shared/module-host/runBundle'
import { packsFor } from '@/shared/module-host/runtimePacks'
import { injectScript, isLocalDevUrl, ScriptRefused, verifyBundle } from '@/shared/module-host/sri'

export type LoadedModule = { component: ComponentType<Record<string, unknown>>; observed: LoadObservations }

/**
 * Limits script sources to exactly the verified bundle and its listed assets from here on (§1): an unlisted or
 * altered chunk never runs. A developer override may load any sibling of its localhost bundle.
 */
function lockScriptSources(bundleUrl: string, assets: readonly string[], dev: boolean): void {
  const sources = dev ? [new URL('./', bundleUrl).href] : [bundleUrl, ...assets]
  const meta = document.createElement('meta')
  meta.httpEquiv = 'Content-Security-Policy'
  meta.content = `script-src ${sources.join(' ')}`
  document.head.prepend(meta)
}

async function loadPack(url: string, integrity: string): Promise<void> {
  try {
    await injectScript(document, url, integrity)
  } catch (error) {
    throw error instanceof ScriptRefused ? await diagnoseScriptFailure(document, url, integrity) : error
  }
}

/**
 * A developer's localhost bundle (§10, issue 14): probed first, so a missing file, a server that is not running or an
 * HTML answer is named before anything runs; then run as a plain `<script>` when the server sends no CORS header (a
 * static server's default), or with `crossorigin` when it does, so its load-time errors keep their message.
 */
async function runDevBundle(url: string): Promise<LoadObservations> {
  const probe = await probeUrl(url)
  if (probe.reach === 'unreachable') throw unreachable(url)
  if (probe.reach === 'cors') {
    if (!probe.ok) throw httpStatus(url, probe.status)
    if (!looksLikeJavaScript(probe.contentType, probe.bytes)) throw notJavaScript(url, probe.contentType)
  }
  return runBundle(window, url, null, { cors: probe.reach === 'cors' })
}

/**
 * Packs, verification, the bundle's evaluation and the component's resolution: the fetch + verify stage (§7).
 * `signal` is the host's `unmount` arriving meanwhile: the load stops at the next step, and the bundle never runs.
 */
export async function loadModule(init: InitMessage, signal?: AbortSignal): Promise<LoadedModule> {
  if (init.runtime !== RUNTIME_VERSION)
    throw new ModuleError('MODULE_CONTRACT_INVALID', `The runtime ${init.runtime} is not offered (only ${RUNTIME_VERSION}).`)
  // A null integrity is accepted only for a developer override on localhost (§10).
  const dev = init.dev && isLocalDevUrl(init.bundleUrl)
  for (const pack of packsFor(init.globals)) {
    signal?.throwIfAborted()
    await loadPack(pack.url, pack.integrity)
  }
  const plain = dev && init.integrity === null
  if (!plain) {
    signal?.throwIfAborted()
    await verifyBundle(init.bundleUrl, init.integrity, false)
    for (const asset of init.assets) await verifyBundle(asset.url, asset.integrity, false)
  }
  signal?.throwIfAborted()
  lockScriptSources(
    init.bundleUrl,
    init.assets.map((asset) => asset.url),
    dev,
  )
  delete (window as { ModuleUI?: unknown }).ModuleUI
  const observed = plain
    ? await runDevBundle(init.bundleUrl)
    : await runBundle(window, init.bundleUrl, init.integrity, { cors: true })
  try {
    return { component: resolveModuleUi((window as { ModuleUI?: unknown }).ModuleUI), observed }
  } catch (error) {
    throw error instanceof ModuleError ? error.withHints(hintsFor('', observed)) : error
  }
}
