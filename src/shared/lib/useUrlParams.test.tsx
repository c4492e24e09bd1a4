import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { useUrlParams } from './useUrlParams'

type Update = ReturnType<typeof useUrlParams>['update']

/** Two controls on `/runs`, plus `/other`; answers the router and the latest `update` of each control. */
function renderControls(initialEntries: string[], initialState?: unknown) {
  const controls: Update[][] = [[], []]
  function Control({ index }: { index: number }) {
    controls[index]!.push(useUrlParams().update)
    return null
  }
  const router = createMemoryRouter(
    [
      {
        path: '/runs',
        Component: () => (
          <>
            <Control index={0} />
            <Control index={1} />
          </>
        ),
      },
      { path: '/other', Component: () => null },
    ],
    { initialEntries: initialEntries.map((entry) => ({ pathname: '/runs', search: entry, state: initialState })) },
  )
  render(<RouterProvider router={router} />)
  const latest = (index: number) => controls[index]!.at(-1)!
  return { router, first: () => latest(0), second: () => latest(1) }
}

describe('useUrlParams', () => {
  it('keeps both of two quick changes made by different controls before the first one renders', async () => {
    const { router, first, second } = renderControls(['?sort=x&cursor=c1'])
    const [a, b] = [first(), second()]
    await act(async () => {
      a({ status: 'FAILED' })
      b({ from: '2026-01-09' })
    })
    expect(router.state.location.search).toBe('?sort=x&status=FAILED&from=2026-01-09')
  })

  it('hands a functional update the newest URL, so two quick toggles both count', async () => {
    const { router, first } = renderControls(['?selected=a'])
    const toggle = first()
    const add = (id: string) => (current: URLSearchParams) => ({ selected: `${current.get('selected')},${id}` })
    await act(async () => {
      toggle(add('b'), { keepCursor: true })
      toggle(add('c'), { keepCursor: true })
    })
    expect(router.state.location.search).toBe('?selected=a%2Cb%2Cc')
  })

  it('pushes a filter change and replaces on request, so Back returns to the last committed filter', async () => {
    const { router, first } = renderControls(['?status=RUNNING'])
    await act(async () => void first()({ status: 'FAILED' }))
    await act(async () => void first()({ q: 'abc' }, { replace: true }))
    expect(router.state.location.search).toBe('?status=FAILED&q=abc')
    await act(() => router.navigate(-1))
    expect(router.state.location.search).toBe('?status=RUNNING')
  })

  it('keeps the cursor, the page and the history state only when asked to', async () => {
    const pager = { previousCursors: [null, 'c1'] }
    const { router, first } = renderControls(['?cursor=c2&page=3'], pager)
    await act(async () => void first()({ tab: 'members' }, { keepCursor: true }))
    expect(router.state.location.search).toBe('?cursor=c2&page=3&tab=members')
    expect(router.state.location.state).toEqual(pager)
    await act(async () => void first()({ status: 'FAILED' }))
    expect(router.state.location.search).toBe('?tab=members&status=FAILED')
    expect(router.state.location.state).toBeNull()
  })

  it('writes nothing once the view is being left, nor when nothing changes', async () => {
    const { router, first } = renderControls(['?q=a'])
    const update = first()
    expect(update({ q: 'a' })).toBe(false)
    await act(async () => {
      void router.navigate('/other')
      expect(update({ q: 'late' })).toBe(false)
    })
    expect(router.state.location.pathname).toBe('/other')
  })
})
