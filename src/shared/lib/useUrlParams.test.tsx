import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { useUrlParams } from './useUrlParams'

describe('useUrlParams', () => {
  it('keeps both of two quick changes made by different controls before the first one renders', async () => {
    const controls: { update: ReturnType<typeof useUrlParams>['update'] }[] = []
    function Control() {
      controls.push(useUrlParams())
      return null
    }
    const router = createMemoryRouter(
      [
        {
          path: '/runs',
          Component: () => (
            <>
              <Control />
              <Control />
            </>
          ),
        },
      ],
      {
        initialEntries: ['/runs?sort=x&cursor=c1'],
      },
    )
    render(<RouterProvider router={router} />)
    const [first, second] = controls.slice(-2)
    await act(async () => {
      first!.update({ status: 'FAILED' })
      second!.update({ from: '2026-01-09' })
    })
    expect(router.state.location.search).toBe('?sort=x&status=FAILED&from=2026-01-09')
  })
})
