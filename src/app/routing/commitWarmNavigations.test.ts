import { createMemoryRouter, type RouteObject } from 'react-router'
import { commitWarmNavigations } from './commitWarmNavigations'

const inHand = () => null
const fromTheNetwork = () => new Promise((resolve) => setTimeout(() => resolve(null), 1))

const routes: RouteObject[] = [
  { path: '/', loader: inHand },
  { path: '/list', loader: inHand, handle: { commitWhenWarm: true } },
  { path: '/page', loader: inHand },
  { path: '/slow-list', loader: fromTheNetwork, handle: { commitWhenWarm: true } },
]

/** The router, and for each navigation whether its completion (the idle state) was asked to commit synchronously. */
function setUp() {
  const router = commitWarmNavigations(createMemoryRouter(routes))
  const flushed: Record<string, boolean> = {}
  router.subscribe((state, { flushSync }) => {
    if (state.navigation.state === 'idle') flushed[state.location.pathname] = flushSync
  })
  const visit = async (path: string) => {
    await router.navigate(path)
    return flushed[path]
  }
  return { router, visit }
}

describe('commitWarmNavigations', () => {
  it('commits a bounded page synchronously on a visit whose data is in hand, once it has been shown', async () => {
    const { visit } = setUp()
    expect(await visit('/list')).toBe(false) // first visit: its code and styles are new, it keeps the transition
    await visit('/')
    expect(await visit('/list')).toBe(true)
  })

  it('keeps the transition for pages that did not opt in', async () => {
    const { visit } = setUp()
    await visit('/page')
    await visit('/')
    expect(await visit('/page')).toBe(false)
  })

  it('keeps the transition for a navigation that waits for the network, even to a page shown before', async () => {
    const { visit } = setUp()
    await visit('/slow-list')
    await visit('/')
    expect(await visit('/slow-list')).toBe(false)
  })
})
