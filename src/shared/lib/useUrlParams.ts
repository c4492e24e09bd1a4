import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

type Updates = Record<string, string | number | null | undefined>

/**
 * URL search params as the state of a view (style guide §4): read with `get`, change several at once with `update`
 * (empty values are removed). Changing a filter drops `cursor` and `page`, because a cursor is valid only for the
 * filters it was issued with (api-contract §2.5).
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams()
  const update = useCallback(
    (updates: Updates, options: { keepCursor?: boolean; replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (!options.keepCursor) {
            next.delete('cursor')
            next.delete('page')
          }
          for (const [key, value] of Object.entries(updates)) {
            if (value === null || value === undefined || value === '') next.delete(key)
            else next.set(key, String(value))
          }
          return next
        },
        { replace: options.replace },
      )
    },
    [setParams],
  )
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params])
  return { params, get, update }
}
