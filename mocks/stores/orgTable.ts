import { registerStore } from '../runtime/persistence'

/**
 * Rows kept per organization, seeded lazily: with 1,000 organizations (`large`) nothing is generated until an org is
 * looked at, and the seed is deterministic, so a snapshot only needs the organizations changed in this session.
 */
export type OrgTable<T> = {
  rows: (orgId: string) => T[]
  /** Replaces an org's rows and marks them as session state (persisted). */
  set: (orgId: string, rows: T[]) => void
}

type Options<T, E> = {
  name: string
  seed: (orgId: string) => T[]
  /** Extra session state kept with the table (id sequences); must be JSON-safe and secret-free. */
  extra?: { initial: () => E; get: () => E; set: (value: E) => void }
}

export function createOrgTable<T, E = null>({ name, seed, extra }: Options<T, E>): OrgTable<T> {
  const tables = new Map<string, T[]>()
  const changed = new Set<string>()
  const rows = (orgId: string): T[] => {
    let table = tables.get(orgId)
    if (!table) {
      table = seed(orgId)
      tables.set(orgId, table)
    }
    return table
  }
  registerStore({
    name,
    reset: () => {
      tables.clear()
      changed.clear()
      if (extra) extra.set(extra.initial())
    },
    snapshot: () => ({
      orgs: Object.fromEntries([...changed].map((orgId) => [orgId, tables.get(orgId) ?? []])),
      extra: extra ? extra.get() : null,
    }),
    restore: (state) => {
      const { orgs, extra: saved } = (state ?? {}) as { orgs?: Record<string, T[]>; extra?: E }
      for (const [orgId, saved] of Object.entries(orgs ?? {})) {
        tables.set(orgId, saved)
        changed.add(orgId)
      }
      if (extra && saved !== undefined && saved !== null) extra.set(saved)
    },
  })
  return {
    rows,
    set: (orgId, next) => {
      tables.set(orgId, next)
      changed.add(orgId)
    },
  }
}
