import { useCallback, useContext } from 'react'
import { UNSAFE_DataRouterContext, useLocation, useNavigate, useSearchParams } from 'react-router'

type Updates = Record<string, string | number | null | undefined>
/** The changes, or a function of the newest URL's params to them (a toggle that must see the toggle just before it). */
type UpdatesOf = Updates | ((current: URLSearchParams) => Updates)

export type UrlUpdateOptions = {
  /**
   * Keep the list's place: `cursor`, `page` and the history state (the pager's previous cursors, a drawer's
   * `overList`). For changes that do not re-filter the list: a tab, a view, a selection, a drawer tab's own filter.
   */
  keepCursor?: boolean
  /** Replace the history entry instead of pushing one: typing, selections, toggles nobody wants to step back through. */
  replace?: boolean
}

/**
 * The URL as the state of a view (style guide §4; decision 012), the one way to read and write search params: read
 * with `params`/`get`, change several at once with `update` (empty values are removed; it answers whether the
 * URL changed). Changing a filter drops
 * `cursor` and `page`, because a cursor is valid only for the filters it was issued with (api-contract §2.5).
 *
 * Updates compose: each starts from the newest URL the router was asked for (its pending navigation, else its
 * location), not from the params of this component's last render, so two controls changing the URL in one tick keep
 * both changes. react-router's own `setSearchParams(prev => …)` hands `prev` from the last render and would lose one.
 */
export function useUrlParams() {
  const [params] = useSearchParams()
  const location = useLocation()
  const { pathname } = location
  const navigate = useNavigate()
  // The data router itself (every router of this app is one): its state is current the moment `navigate` returns,
  // where React renders the change later, in a transition. No public hook exposes it outside render.
  const router = useContext(UNSAFE_DataRouterContext)?.router
  const update = useCallback(
    (changes: UpdatesOf, options: UrlUpdateOptions = {}): boolean => {
      // Outside a data router (none in this app) the last render's location is all there is.
      const live = router ? (router.state.navigation.location ?? router.state.location) : location
      // The view is being left (a link was followed, Back went to another page): writing its URL now would undo that.
      if (live.pathname !== pathname) return false
      const next = new URLSearchParams(live.search)
      const updates = typeof changes === 'function' ? changes(new URLSearchParams(live.search)) : changes
      if (!options.keepCursor) {
        next.delete('cursor')
        next.delete('page')
      }
      for (const [key, value] of Object.entries(updates)) {
        if (value === null || value === undefined || value === '') next.delete(key)
        else next.set(key, String(value))
      }
      const search = next.toString()
      if (`?${search}` === (live.search || '?')) return false
      void navigate(
        { pathname, search: search ? `?${search}` : '' },
        { replace: options.replace, state: options.keepCursor ? live.state : undefined },
      )
      return true
    },
    [router, navigate, pathname, location],
  )
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params])
  return { params, get, update }
}
