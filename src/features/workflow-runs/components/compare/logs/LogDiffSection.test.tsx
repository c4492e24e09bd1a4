import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../../../mocks/node'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
// Demo fixtures: run-000391 succeeded with the same samples (JY) and module versions as run-000398, which failed in its
// last step, Report (a missing data grant).
const COMPARE = `${WF}/compare?runs=run-000391,run-000398&baseline=run-000391`
const LOGS = `${COMPARE}&logs=report&run=run-000398`
const grid = () => screen.findByRole('table', { name: 'Log of “Report”: run-000391 (baseline) beside run-000398' })

describe('Compare logs', () => {
  it('opens from a failed step: both logs aligned, noise masked, the first new error line marked', async () => {
    const { router } = renderRoute(COMPARE, { as: 'scientist' })
    const steps = await screen.findByRole('table', { name: 'Steps aligned by step id' })
    // A failed or regressed step of a compared run offers it; the baseline's steps never do.
    const offered = within(steps).getAllByRole('link', { name: /^Compare logs of / })
    expect(offered.every((link) => link.getAttribute('aria-label')?.endsWith(' in run-000398 with the baseline'))).toBe(true)
    await userEvent.click(within(steps).getByRole('link', { name: 'Compare logs of Report in run-000398 with the baseline' }))
    await waitFor(() => expect(router.state.location.search).toContain('logs=report&run=run-000398'))

    const table = await grid()
    const first = within(table)
      .getAllByRole('row')
      .find((row) => row.getAttribute('data-first-new') === 'true')!
    expect(first).toHaveTextContent('First new line')
    expect(first).toHaveTextContent('[ERROR] Data grant alithea-bio/immunopeptidomics/peptides is missing for this organization.')
    // The heartbeat differs only in run-specific values: one aligned row, the values as placeholders.
    const heartbeat = within(table)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes('Heartbeat'))!
    expect(heartbeat).toHaveAttribute('data-kind', 'same')
    expect(heartbeat).toHaveTextContent('Heartbeat ‹time› from ‹run›/report')
    expect(
      screen.getByText(
        /only in run-000398, .* only in the baseline; .* differ only in run-specific values\. The first new line is marked\./,
      ),
    ).toBeInTheDocument()

    await userEvent.click(screen.getByRole('switch', { name: 'Show run-specific values' }))
    await waitFor(() => expect(router.state.location.search).toContain('raw=1'))
    expect(within(await grid()).getAllByText('run-000398').length).toBeGreaterThan(0)

    await userEvent.click(screen.getByRole('button', { name: 'Jump to first new line' }))
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-first-new', 'true'))

    await userEvent.click(screen.getByRole('button', { name: 'Close log comparison' }))
    await waitFor(() => expect(router.state.location.search).not.toContain('logs='))
    expect(screen.queryByRole('table', { name: /^Log of / })).not.toBeInTheDocument()
  })

  it('closes an open artifact drawer: the link keeps the comparison, not the file', async () => {
    const { router } = renderRoute(`${COMPARE}&diff=run-000398:report:latest%2Freport.html&dlines=all`, { as: 'scientist' })
    const steps = await screen.findByRole('table', { name: 'Steps aligned by step id' })
    const link = within(steps).getByRole('link', { name: 'Compare logs of Report in run-000398 with the baseline' })
    expect(link.getAttribute('href')).not.toMatch(/diff=|dlines=|artifact=/)
    await userEvent.click(link)
    await waitFor(() => expect(router.state.location.search).toContain('logs=report&run=run-000398'))
    expect(router.state.location.search).not.toContain('diff=')
  })

  it('asks for the run’s last lines and the baseline’s from the same point, newest first, and shows them oldest first', async () => {
    const asked: string[] = []
    server.use(
      mock.get('/api/v1/workflow-runs/:runId/steps/report/logs', ({ request, params }) => {
        asked.push(`${String(params.runId)}?${new URL(request.url).searchParams.toString()}`)
        const events = ['third', 'second', 'first'].map((message, i) => ({
          timestamp: `2026-01-09T04:00:0${3 - i}.000Z`,
          message: `${message} ${String(params.runId)}`,
        }))
        return HttpResponse.json({ events, nextToken: 'more' })
      }),
    )
    renderRoute(`${LOGS}&loglines=1000`, { as: 'scientist' })
    const rows = within(await grid()).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('first ‹run›')
    expect(rows[3]).toHaveTextContent('third ‹run›')
    expect(asked.sort()).toEqual(['run-000391?order=desc&limit=1000', 'run-000398?order=desc&limit=1000'])
    expect(screen.getByRole('combobox', { name: 'Lines compared' })).toHaveTextContent('Last 1,000 lines')
  })

  it('explains a side without a log, and a log that could not be loaded', async () => {
    server.use(
      mock.get('/api/v1/workflow-runs/run-000391/steps/report/logs', () => HttpResponse.json({ events: [], nextToken: null }), {
        once: true,
      }),
    )
    const first = renderRoute(LOGS, { as: 'scientist' })
    expect(await screen.findByText('One side has no log')).toBeInTheDocument()
    first.unmount()

    server.use(
      mock.get('/api/v1/workflow-runs/run-000398/steps/report/logs', () =>
        HttpResponse.json(
          { error: { code: 'INTERNAL', message: 'Logs are unavailable.', requestId: 'req-logs-1' } },
          { status: 500 },
        ),
      ),
    )
    renderRoute(LOGS, { as: 'scientist' })
    expect(await screen.findByText('The log of “Report” in run-000398 could not be loaded')).toBeInTheDocument()
    expect(screen.getByText('req-logs-1')).toBeInTheDocument()
  })
})
