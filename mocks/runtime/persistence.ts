/**
 * Demo changes last for the browser session (api-contract §12): every store registers here, its mutable part is
 * written to sessionStorage after each write, and "Reset demo data" clears it. Secrets are never part of a snapshot.
 */
export type PersistentStore = {
  name: string
  /** Back to the seed of the current data set. */
  reset: () => void
  /** JSON-safe mutable state; no secret values. */
  snapshot: () => unknown
  restore: (state: unknown) => void
}

const stores: PersistentStore[] = []
let storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = null
const KEY = 'hla-compass-demo-state'

export function registerStore(store: PersistentStore): void {
  if (!stores.some((s) => s.name === store.name)) stores.push(store)
}

/** The browser passes sessionStorage; tests pass nothing and nothing persists. */
export function setPersistenceTarget(target: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): void {
  storage = target
}

export function resetStores(): void {
  for (const store of stores) store.reset()
  storage?.removeItem(KEY)
}

export function saveStores(): void {
  if (!storage) return
  const state = Object.fromEntries(stores.map((store) => [store.name, store.snapshot()]))
  storage.setItem(KEY, JSON.stringify(state))
}

export function restoreStores(): void {
  for (const store of stores) store.reset()
  const text = storage?.getItem(KEY)
  if (!text) return
  try {
    const state = JSON.parse(text) as Record<string, unknown>
    for (const store of stores) if (store.name in state) store.restore(state[store.name])
  } catch {
    storage?.removeItem(KEY)
  }
}
