import type { DevkitManifest, DevkitModule, DevkitRun } from '../../src/shared/contract/devkit'
import type { JsonObject } from '../../src/shared/contract/primitives'
import { nowMs } from '../runtime/clock'
import { registerStore } from '../runtime/persistence'
import { seedOf } from '../runtime/prng'

/**
 * The devkit API's own state in the `devkit` scenario (issue 13): registered manifests and runs, both in memory as
 * the stub keeps them, seeded with the example manifest the stub ships. Reset with the demo like every store.
 */

/** The manifest the devkit stub is bundled with (observed verbatim). */
export const DEVKIT_EXAMPLE: DevkitModule = {
  id: 'local-devkit-example',
  name: 'Local Devkit Example',
  version: '0.1.0',
  type: 'no-ui',
  description: 'Sample module bundled with the devkit stub. Replace by registering your own manifest.',
  author: { name: 'Devkit', email: 'devkit@example.com' },
  pricing: { tiers: [{ tier: 'developer', model: 'usage-based', amountAct: 0.25 }] },
}

/** The stub's stand-in result: it runs nothing. */
const STUB_RESULT = { status: 'success', summary: { message: 'Devkit stub executed successfully' } }

let modules = new Map<string, DevkitModule>()
let runs = new Map<string, DevkitRun>()
let runCounter = 0
// Not persisted, like the stub's own counters: the write rate window and the readiness cache.
let writeWindow = { startMs: 0, count: 0 }
let readyCache: { atMs: number; body: unknown } | null = null

function reset(): void {
  modules = new Map([[DEVKIT_EXAMPLE.id, DEVKIT_EXAMPLE]])
  runs = new Map()
  runCounter = 0
  writeWindow = { startMs: 0, count: 0 }
  readyCache = null
}

type Snapshot = { modules: DevkitModule[]; runs: DevkitRun[]; runCounter: number }

registerStore({
  name: 'devkit',
  reset,
  snapshot: (): Snapshot => ({ modules: [...modules.values()], runs: [...runs.values()], runCounter }),
  restore: (state) => {
    const snapshot = state as Partial<Snapshot> | null
    if (!snapshot || !Array.isArray(snapshot.modules) || !Array.isArray(snapshot.runs)) return
    modules = new Map(snapshot.modules.map((m) => [m.id, m]))
    runs = new Map(snapshot.runs.map((r) => [r.runId, r]))
    runCounter = snapshot.runCounter ?? runs.size
  },
})
reset()

export const listDevkitModules = (): DevkitModule[] => [...modules.values()]
export const findDevkitModule = (id: string): DevkitModule | undefined => modules.get(id)

/** Registers (or replaces) a manifest; `id` defaults to `name`, as in the stub. */
export function registerDevkitModule(manifest: DevkitManifest): DevkitModule {
  const module: DevkitModule = { ...manifest, id: manifest.id ?? manifest.name }
  modules.set(module.id, module)
  return module
}

export const removeDevkitModule = (id: string): boolean => modules.delete(id)

/** The stub "runs" a module at once: the record is complete when it is created. */
export function createDevkitRun(moduleId: string, parameters: JsonObject): DevkitRun {
  let runId: string
  // The stub takes 8 hex digits of a uuid4; the demo derives them from a counter so every session replays alike.
  do runId = `devkit-run-${seedOf(`devkit-run-${++runCounter}`).toString(16).padStart(8, '0')}`
  while (runs.has(runId))
  const run: DevkitRun = { runId, moduleId, status: 'completed', parameters, result: STUB_RESULT, createdAt: nowMs() / 1000 }
  runs.set(runId, run)
  return run
}

export const findDevkitRun = (runId: string): DevkitRun | undefined => runs.get(runId)
export const devkitCounts = () => ({ modules: modules.size, runs: runs.size })

export const WRITES_PER_MINUTE = 10

/** One write against the stub's limit (10 per minute, a fixed window from its first write); false when over it. */
export function takeWriteSlot(now: number): boolean {
  if (writeWindow.count === 0 || now >= writeWindow.startMs + 60_000) writeWindow = { startMs: now, count: 0 }
  if (writeWindow.count >= WRITES_PER_MINUTE) return false
  writeWindow.count += 1
  return true
}

/** The readiness answer, computed at most every 5 s (the stub caches it). */
export function cachedReadiness<T>(now: number, compute: () => T): T {
  if (!readyCache || now >= readyCache.atMs + 5_000) readyCache = { atMs: now, body: compute() }
  return readyCache.body as T
}
