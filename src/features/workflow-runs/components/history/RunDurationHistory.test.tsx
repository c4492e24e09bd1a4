import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../../mocks/node'
import { advanceClock } from '../../../../../mocks/runtime/clock'
import { workflowRunQueries } from '../../api/workflowRunQueries'

const WF = 'wf-immunopeptidomics-discovery'
const RUNS = `/workflows/${WF}/runs`

beforeEach(() => setHttpSleep(async () => undefined))

const chart = () => screen.getByRole('region', { name: 'Run history chart' })
/** The bars, oldest first, once drawn. */
async function bars() {
  const list = await within(await screen.findByRole('region', { name: 'Run history chart' })).findByRole('list', {
    name: 'Runs, oldest first',
  })
  return within(list).getAllByRole('link')
}

describe('Run History: the run-duration history', () => {
  it('draws one bar per run with its figures, the band of succeeded runs, and says how many it draws', async () => {
    renderRoute(RUNS, { as: 'scientist' })
    const links = await bars()
    expect(links).toHaveLength(420)
    expect(within(chart()).getByRole('heading', { name: 'All 420 runs' })).toBeInTheDocument()
    expect(links[0]).toHaveAccessibleName(/^run-000001, \w[\w ]*, started .+, \d.*$/)
    expect(links.at(-1)).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/workflows/${WF}/runs/run-\\d+$`)))
    expect(links.filter((link) => /above the expected band/.test(link.getAttribute('aria-label')!)).length).toBeGreaterThan(0)
    expect(within(chart()).getByRole('list', { name: 'Legend' })).toHaveTextContent(/expected: p25–p75 of 331 succeeded runs/)
    expect(within(chart()).getByRole('list', { name: 'Runs, oldest first' })).toHaveAccessibleDescription(
      /^Duration of 420 runs, oldest first, .+ runs? above it\. \d+ failed or timed out, 3 running\./,
    )
  })

  it('says "latest N of M" when the filter holds more runs than it draws', async () => {
    server.use(
      mock.get('*/v1/workflows/:workflowId/runs/history', () =>
        HttpResponse.json({
          items: [
            { id: 'run-000009', status: 'SUCCEEDED', startedAt: '2026-01-15T10:00:00Z', durationMs: 60_000, creditsAct: 1 },
          ],
          total: 12_345,
          expected: { succeeded: 0, durationMs: null, creditsAct: null },
        }),
      ),
    )
    renderRoute(RUNS, { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Latest 1 of 12,345 runs' })).toBeInTheDocument()
    expect(within(chart()).getByRole('list', { name: 'Runs, oldest first' })).toHaveAccessibleDescription(/no expected band/)
  })

  it('opens a run with Enter on the focused bar, and with a click on its bar', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    const links = await bars()
    // One Tab stop: the newest bar; arrows move between bars.
    expect(links.filter((link) => link.getAttribute('tabindex') === '0')).toEqual([links.at(-1)])
    links.at(-1)!.focus()
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(links.at(-3)).toHaveFocus()
    expect(links.at(-3)).toHaveAttribute('tabindex', '0')
    await userEvent.keyboard('{Home}')
    expect(links[0]).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workflows/${WF}/runs/run-000001`))

    await router.navigate(RUNS)
    await userEvent.click((await bars())[5]!)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workflows/${WF}/runs/run-000006`))
  })

  it('filters the list to the days of a range picked with Shift+arrows and Enter, and clears them again', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    const links = await bars()
    links[0]!.focus()
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}')
    expect(within(chart()).getByRole('status')).toHaveTextContent(/^4 runs picked, .+ to .+: release or press Enter/)
    await userEvent.keyboard('{Escape}')
    expect(within(chart()).getByRole('status')).not.toHaveTextContent(/picked/)
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}{Enter}')
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/))
    const search = new URLSearchParams(router.state.location.search)
    expect(search.get('from')! <= search.get('to')!).toBe(true)
    await waitFor(() => expect(screen.getByText(/runs match/).textContent).not.toMatch(/420 runs/))
    await userEvent.click(within(chart()).getByRole('button', { name: 'Clear dates' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('filters the list to the days of a range dragged across the bars', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await bars()
    const svg = within(chart()).getByRole('group', { name: 'Duration of each run' })
    // jsdom lays nothing out: the plot is 840 px wide, two pixels per bar.
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 100, y: 0, width: 840, height: 182 }))
    fireEvent.pointerDown(svg, { button: 0, clientX: 110, pointerId: 1 })
    fireEvent.pointerMove(svg, { clientX: 150, pointerId: 1 })
    expect(within(chart()).getByRole('status')).toHaveTextContent(/^21 runs picked/)
    fireEvent.pointerUp(svg, { button: 0, clientX: 150, pointerId: 1 })
    fireEvent.click(svg, { clientX: 150 })
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/))
    // The click that ends a drag opens no run.
    expect(router.state.location.pathname).toBe(RUNS)
  })

  it('switches the bars to credits with the switch kept in the URL', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    const links = await bars()
    expect(links[0]).toHaveAccessibleName(/\d (s|min|h)/)
    await userEvent.click(within(chart()).getByRole('button', { name: 'Credits' }))
    await waitFor(() => expect(router.state.location.search).toBe('?metric=credits'))
    expect(within(chart()).getByRole('group', { name: 'Credits of each run' })).toBeInTheDocument()
    expect((await bars())[0]).toHaveAccessibleName(/ACT/)
    expect(within(chart()).getByRole('button', { name: 'Credits' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('is read again when the list’s live refresh sees its running runs finish', async () => {
    const { queryClient } = renderRoute(RUNS, { as: 'scientist' })
    await bars()
    const legend = within(chart()).getByRole('list', { name: 'Legend' })
    expect(legend).toHaveTextContent('running (so far) 3')
    advanceClock(6 * 3_600_000) // the running runs have finished; the session is refreshed (within 8 h)
    // What the list's 5 s poll does.
    await queryClient.invalidateQueries({ queryKey: workflowRunQueries.lists(WF) })
    await waitFor(() => expect(legend).not.toHaveTextContent('running'))
    expect(await bars()).toHaveLength(420)
  })

  it('explains a failed load with its code and request id, and loads on Retry', async () => {
    let failing = true
    server.use(
      mock.get('*/v1/workflows/:workflowId/runs/history', () =>
        failing
          ? HttpResponse.json(
              { error: { code: 'INTERNAL', message: 'The history store is down.', requestId: 'req-history-1' } },
              { status: 500 },
            )
          : undefined,
      ),
    )
    renderRoute(RUNS, { as: 'scientist' })
    const alert = await within(await screen.findByRole('region', { name: 'Run history chart' })).findByRole('alert')
    expect(alert).toHaveTextContent('The run history could not be loaded: The history store is down.')
    expect(alert).toHaveTextContent('Code INTERNAL · Request id req-history-1')
    // The list is untouched.
    expect(screen.getByRole('table', { name: 'Workflow runs' })).toBeInTheDocument()
    failing = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await bars()).toHaveLength(420)
  })
})
