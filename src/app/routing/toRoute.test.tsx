import { screen } from '@testing-library/react'
import { CancelledError } from '@tanstack/react-query'
import { delay, http as mock } from 'msw'
import { server } from '../../../mocks/node'
import { API_BASE } from '@/shared/contract/apiBase'
import { renderRoute } from '@/test/renderRoute'
import { loadAgainIfCancelled } from './toRoute'

// Issue 12 (2): cached queries removed while a loader waits (an organization switch, a sign-in over the page) cancel
// the loader's query; the page loads again instead of showing CancelledError.

describe('a route loader whose query is cancelled', () => {
  it('loads the page again instead of showing an error', async () => {
    let calls = 0
    let arrived!: () => void
    const firstCallArrived = new Promise<void>((resolve) => (arrived = resolve))
    // The first answer for the workflow list is held back until the test has removed the cached queries.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      mock.get(`${API_BASE}/v1/workflows`, async () => {
        calls += 1
        if (calls === 1) {
          arrived()
          await held
          await delay(0)
        }
        return undefined // passes on to the demo backend
      }),
    )
    const { queryClient } = renderRoute('/workflows', { as: 'scientist' })
    await firstCallArrived
    queryClient.removeQueries()
    release()

    expect(await screen.findByRole('heading', { name: 'Workflows' })).toBeVisible()
    expect(await screen.findByRole('link', { name: /Immunopeptidomics discovery/i })).toBeVisible()
    expect(screen.queryByText('CLIENT_ERROR')).not.toBeInTheDocument()
    expect(calls).toBe(2)
  })
})

describe('loadAgainIfCancelled', () => {
  const cancelled = () => Promise.reject(new CancelledError())

  it('starts over after a cancellation and returns what the next attempt loads', async () => {
    const attempts = [cancelled, () => Promise.resolve('rows')]
    await expect(loadAgainIfCancelled(() => attempts.shift()!(), new AbortController().signal)).resolves.toBe('rows')
  })

  it('passes real failures through at once', async () => {
    let attempts = 0
    const failing = () => (attempts++, Promise.reject(new Error('500')))
    await expect(loadAgainIfCancelled(failing, new AbortController().signal)).rejects.toThrow('500')
    expect(attempts).toBe(1)
  })

  it('gives up when the navigation itself was abandoned, or after a few cancellations in a row', async () => {
    const abandoned = new AbortController()
    abandoned.abort()
    await expect(loadAgainIfCancelled(cancelled, abandoned.signal)).rejects.toBeInstanceOf(CancelledError)
    let attempts = 0
    const always = () => (attempts++, cancelled())
    await expect(loadAgainIfCancelled(always, new AbortController().signal)).rejects.toBeInstanceOf(CancelledError)
    expect(attempts).toBe(4)
  })
})
