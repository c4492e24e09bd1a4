import { useCallback } from 'react'
import { useLocation, useSearchParams } from 'react-router'

/**
 * One search param as the state of a filter inside a drawer tab (style guide §4). Unlike `useUrlParams`, it keeps every
 * other param, the list's `cursor` and `page` included, because the tab's filters do not page the list under the
 * drawer; it replaces the history entry, so Back still closes the drawer instead of undoing keystrokes.
 */
export function useSearchParamValue(key: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams()
  const { state } = useLocation()
  const set = useCallback(
    (value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value) next.set(key, value)
          else next.delete(key)
          return next
        },
        // The list's pager keeps its previous cursors in history state: carry it over.
        { replace: true, state },
      ),
    [key, setParams, state],
  )
  return [params.get(key) ?? '', set]
}
