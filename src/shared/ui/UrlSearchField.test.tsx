import { act, fireEvent, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { UrlSearchField } from './UrlSearchField'
import { URL_SEARCH_DELAY_MS } from './urlSearchDelay'

function StatusButton() {
  const { update } = useUrlParams()
  return <button onClick={() => update({ status: 'FAILED' })}>Failed only</button>
}

function renderField(initialEntries: string[]) {
  const router = createMemoryRouter(
    [
      { path: '/elsewhere', Component: () => null },
      {
        path: '/runs',
        Component: () => (
          <>
            <UrlSearchField urlKey="q" label="Search runs" />
            <StatusButton />
          </>
        ),
      },
    ],
    { initialEntries, initialIndex: initialEntries.length - 1 },
  )
  render(<RouterProvider router={router} />)
  return router
}

const field = () => screen.getByRole('searchbox', { name: 'Search runs' })
const type = (text: string) => act(() => void fireEvent.change(field(), { target: { value: text } }))
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms))

describe('UrlSearchField', () => {
  // performance.now too: the field tells a burst of keystrokes from a first keystroke by the time between them.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }))
  afterEach(() => vi.useRealTimers())

  it('writes the first keystroke at once and a burst once it stops, replacing the history entry', async () => {
    const router = renderField(['/elsewhere', '/runs'])
    await type('a')
    expect(router.state.location.search).toBe('?q=a')
    await type('ab')
    await type('abc ')
    expect(router.state.location.search).toBe('?q=a')
    await wait(URL_SEARCH_DELAY_MS)
    expect(router.state.location.search).toBe('?q=abc')
    expect(field()).toHaveValue('abc ')
    // Typing added no history entry: Back leaves the list.
    await act(() => router.navigate(-1))
    expect(router.state.location.pathname).toBe('/elsewhere')
  })

  it('follows Back and Forward, and a write still waiting does not undo them', async () => {
    const router = renderField(['/runs?q=old', '/runs?q=new'])
    expect(field()).toHaveValue('new')
    await type('newer')
    await type('newest')
    await act(() => router.navigate(-1))
    expect(field()).toHaveValue('old')
    await wait(URL_SEARCH_DELAY_MS * 2)
    expect(router.state.location.search).toBe('?q=old')
    await act(() => router.navigate(1))
    expect(field()).toHaveValue('newer')
  })

  it('keeps what is being typed when another control changes the URL meanwhile, and both changes stay', async () => {
    const router = renderField(['/runs'])
    await type('m')
    await type('mei')
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Failed only' })))
    expect(field()).toHaveValue('mei')
    await wait(URL_SEARCH_DELAY_MS)
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('mei')
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('FAILED')
    expect(field()).toHaveValue('mei')
  })

  it('shows a URL cleared from elsewhere', async () => {
    const router = renderField(['/runs?q=abc&status=FAILED'])
    expect(field()).toHaveValue('abc')
    await act(() => router.navigate('/runs?status=FAILED'))
    expect(field()).toHaveValue('')
  })
})
