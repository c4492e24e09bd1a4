import { render, screen, waitFor } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { protectedRoute } from './toRoute'

// The session and `me` are not what these tests are about: every loader finds a signed-in user at once.
vi.mock('./requireSession', () => ({ requireSession: async () => ({ roles: [] }) }))

/** A route whose page code arrives only when the test says so; `events` records what ran in which order. */
function routeWithHeldCode(withDataModule: boolean) {
  const events: string[] = []
  let releaseCode!: () => void
  const code = new Promise<void>((resolve) => (releaseCode = resolve))
  const loader = () => async () => {
    events.push('data asked for')
    return null
  }
  const importModule = async () => {
    await code
    events.push('page code loaded')
    return { Component: () => <p>The page</p>, ...(withDataModule ? {} : { loader }) }
  }
  const importData = withDataModule ? async () => ({ loader }) : undefined
  const route = protectedRoute(new QueryClient(), importModule, {}, importData)
  const router = createMemoryRouter([{ path: '/', HydrateFallback: () => <p>Loading</p>, ...route }])
  render(<RouterProvider router={router} />)
  return { events, releaseCode }
}

describe('a protected route with its loader in a module of its own (issue 16)', () => {
  it("asks for the page's data while the page's code is still loading", async () => {
    const { events, releaseCode } = routeWithHeldCode(true)
    await waitFor(() => expect(events).toEqual(['data asked for']))
    releaseCode()
    expect(await screen.findByText('The page')).toBeVisible()
    expect(events).toEqual(['data asked for', 'page code loaded'])
  })

  it('without one, the data waits for the code (the difference the data module makes)', async () => {
    const { events, releaseCode } = routeWithHeldCode(false)
    expect(await screen.findByText('Loading')).toBeVisible()
    expect(events).toEqual([])
    releaseCode()
    expect(await screen.findByText('The page')).toBeVisible()
    expect(events).toEqual(['page code loaded', 'data asked for'])
  })
})
