import { render, screen, waitFor } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import type { Role } from '@/shared/contract/primitives'
import { protectedRoute } from './toRoute'

// The session is not what these tests are about: there always is one. `me` answers when a test releases it.
const me = vi.hoisted(() => ({ answer: Promise.resolve({ roles: [] as string[], isSuperuser: false }) }))
vi.mock('./requireSession', () => ({
  requireToken: async () => undefined,
  requireMe: () => me.answer,
}))

function heldMe(roles: string[]) {
  let release!: () => void
  me.answer = new Promise((resolve) => (release = () => resolve({ roles, isSuperuser: false })))
  return release
}

/** A route whose page code arrives only when the test says so; `events` records what ran in which order. */
function routeWithHeldCode(withDataModule: boolean, roles?: Role[]) {
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
  const route = protectedRoute(new QueryClient(), importModule, roles ? { roles } : {}, importData)
  const router = createMemoryRouter([{ path: '/', HydrateFallback: () => <p>Loading</p>, ...route }])
  render(<RouterProvider router={router} />)
  return { events, releaseCode }
}

describe('a protected route with its loader in a module of its own (issue 16)', () => {
  beforeEach(() => {
    me.answer = Promise.resolve({ roles: [], isSuperuser: false })
  })

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

  it('asks for the data while `me` is on its way, and shows the page only once it has come', async () => {
    const releaseMe = heldMe([])
    const { events, releaseCode } = routeWithHeldCode(true)
    releaseCode()
    await waitFor(() => expect([...events].sort()).toEqual(['data asked for', 'page code loaded']))
    expect(screen.getByText('Loading')).toBeVisible()
    releaseMe()
    expect(await screen.findByText('The page')).toBeVisible()
  })

  it('on a page gated by roles, asks for nothing before the role check, and nothing when it fails', async () => {
    const releaseMe = heldMe(['scientist'])
    const { events, releaseCode } = routeWithHeldCode(true, ['admin'])
    releaseCode()
    await waitFor(() => expect(events).toEqual(['page code loaded']))
    releaseMe()
    expect(await screen.findByText(/do not open this page/)).toBeVisible()
    expect(events).toEqual(['page code loaded'])
  })

  it('on a page gated by roles, asks for the data once the role check has passed', async () => {
    const releaseMe = heldMe(['admin'])
    const { events, releaseCode } = routeWithHeldCode(true, ['admin'])
    releaseCode()
    await waitFor(() => expect(events).toEqual(['page code loaded']))
    releaseMe()
    expect(await screen.findByText('The page')).toBeVisible()
    expect(events).toEqual(['page code loaded', 'data asked for'])
  })
})
