import type { createBrowserRouter, createMemoryRouter } from 'react-router'
import type { RouteHandle } from './toRoute'

type Router = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>
type Subscriber = Parameters<Router['subscribe']>[0]
type RouterState = Router['state']

/**
 * React Router commits a navigation that ran loaders in a React transition, i.e. in a task of React's scheduler. After a
 * click the browser gives its next frame to the input first, so that task, and the page, wait for a frame the page
 * does not need: ~12 ms of a second visit to Run History, whose loaders answer from the cache at once (issue 16,
 * decision 014). The router's own `flushSync` option covers only a navigation's loading state.
 *
 * A route may opt in (`handle.commitWhenWarm`) to having such a navigation committed synchronously (the router's
 * `flushSync`, i.e. ReactDOM's), in the click's own task, when
 * - its loaders finished before the task the navigation started in ended (data in hand, nothing fetched), and
 * - the route was shown before in this session (its code evaluated, its styles inserted).
 * Only bounded pages opt in (lists whose rows are virtualized), so that commit is a short task. A first visit, and any
 * navigation that waits for the network, keeps the transition, whose render React slices so no long task blocks input.
 */
export function commitWarmNavigations(router: Router): Router {
  const subscribe = router.subscribe.bind(router)
  const shownRoutes = new Set<string>()
  // True from a navigation's loading state until the task it started in ends.
  let startedInThisTask = false
  const endOfTask = new MessageChannel()
  endOfTask.port1.onmessage = () => (startedInThisTask = false)

  const isWarmCompletion = (state: RouterState) => {
    const leaf = state.matches.at(-1)?.route
    const handle = leaf?.handle as RouteHandle | undefined
    return (
      startedInThisTask && state.navigation.state === 'idle' && !!leaf && shownRoutes.has(leaf.id) && !!handle?.commitWhenWarm
    )
  }

  router.subscribe = (subscriber: Subscriber) =>
    subscribe((state, options) => {
      if (state.navigation.state === 'loading' && !startedInThisTask) {
        startedInThisTask = true
        endOfTask.port2.postMessage(null)
      }
      subscriber(state, isWarmCompletion(state) ? { ...options, flushSync: true } : options)
      const leaf = state.matches.at(-1)?.route
      if (state.navigation.state === 'idle' && leaf) shownRoutes.add(leaf.id)
    })
  return router
}
