import { useCallback, useEffect } from 'react'
import { useLocation, useSearchParams } from 'react-router'

type Updates = Record<string, string | number | null | undefined>

/**
 * The search string of the last update not yet rendered, for its path. The router applies URL changes in a
 * transition, and `setSearchParams(current => …)` hands each caller the params of its last render: two quick changes
 * from two controls (a status toggle, then a date preset) would each start from the old URL and the second would undo
 * the first. Every update starts from the newest requested URL instead.
 */
let pending: { pathname: string; search: string; at: number } | null = null
/** A requested URL that never rendered (another navigation won) stops counting after this long. */
const PENDING_MS = 1000

/**
 * URL search params as the state of a view (style guide §4): read with `get`, change several at once with `update`
 * (empty values are removed). Changing a filter drops `cursor` and `page`, because a cursor is valid only for the
 * filters it was issued with (api-contract §2.5).
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams()
  const { pathname } = useLocation()
  useEffect(() => {
    if (pending && (pending.pathname !== pathname || pending.search === params.toString())) pending = null
    else if (pending && performance.now() - pending.at > PENDING_MS) pending = null
  }, [params, pathname])
  const update = useCallback(
    (updates: Updates, options: { keepCursor?: boolean; replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const fresh = pending?.pathname === pathname && performance.now() - pending.at <= PENDING_MS
          const base = fresh ? pending!.search : current.toString()
          const next = new URLSearchParams(base)
          if (!options.keepCursor) {
            next.delete('cursor')
            next.delete('page')
          }
          for (const [key, value] of Object.entries(updates)) {
            if (value === null || value === undefined || value === '') next.delete(key)
            else next.set(key, String(value))
          }
          pending = { pathname, search: next.toString(), at: performance.now() }
          return next
        },
        { replace: options.replace },
      )
    },
    [setParams, pathname],
  )
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params])
  return { params, get, update }
}
