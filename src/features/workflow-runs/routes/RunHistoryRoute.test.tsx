import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { serverNow } from '@/shared/lib/serverClock'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../mocks/node'
import { setScenario } from '../../../../mocks/runtime/scenario'

// jsdom has no object URLs and cannot follow a download link: the export's Blob is caught here instead.
const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:runs-export')
beforeEach(() => {
  setHttpSleep(async () => undefined)
  createObjectURL.mockClear()
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
})

const RUNS = '/workflows/wf-immunopeptidomics-discovery/runs'
const table = () => screen.getByRole('table', { name: 'Workflow runs' })
const runLinks = () => within(table()).getAllByRole('link', { name: /^run-\d+$/ })

describe('Run History', () => {
  it('shows the workflow, its runs with step health, the Δ against the median and live status', async () => {
    renderRoute(RUNS, { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Immunopeptidomics discovery pipeline' })).toBeInTheDocument()
    await screen.findByRole('table', { name: 'Workflow runs' })
    expect(runLinks()[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/workflows\/wf-immunopeptidomics-discovery\/runs\/run-\d+$/),
    )
    expect(
      within(table()).getAllByRole('img', { name: /^\d+ completed, \d+ failed, \d+ running, \d+ pending/ }).length,
    ).toBeGreaterThan(0)
    expect(await within(table()).findAllByText(/^([+\u2212]\d+|±0) %$/)).not.toHaveLength(0)
    // A running run's duration is its time so far, as of the list's last update.
    const running = runLinks()
      .map((link) => link.closest('tr')!)
      .filter((row) => within(row).getAllByRole('cell')[1]!.textContent === 'running')
    expect(running).not.toHaveLength(0)
    for (const row of running)
      expect(within(row).getAllByRole('cell')[4]).toHaveTextContent(/^\d+ (s|min \d\d s|h \d\d min) so far/)
    expect(screen.getByText(/updated \d+ s ago/)).toBeInTheDocument()
    expect(screen.getByText(/420 runs match/)).toBeInTheDocument()
  })

  it('links each run to its Step Functions execution over https only, in a new tab, once shown from the column menu', async () => {
    // jsdom's window is 1024 px wide: the Execution column is one a narrow screen leaves out until someone asks for it.
    renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    expect(within(table()).queryByRole('link', { name: /in Step Functions/ })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Columns (3 hidden)' }))
    await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Execution (Step Functions)' }))
    await userEvent.keyboard('{Escape}')
    const link = within(table()).getAllByRole('link', { name: /in Step Functions/ })[0]!
    expect(link.getAttribute('href')).toMatch(
      /^https:\/\/eu-central-1\.console\.aws\.amazon\.com\/states\/home\?region=eu-central-1#\/v2\/executions\/details\/arn%3Aaws%3Astates%3A/,
    )
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('narrows to failed runs with the status filter and keeps it in the URL', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    const before = screen.getByText(/runs match/).textContent
    await userEvent.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Failed' }))
    await waitFor(() => expect(screen.getByText(/runs match/).textContent).not.toBe(before))
    expect(router.state.location.search).toBe('?status=FAILED')
    expect(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Failed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const statuses = runLinks().map((link) => within(link.closest('tr')!).getAllByRole('cell')[1]!.textContent)
    expect(new Set(statuses)).toEqual(new Set(['failed']))
  })

  it('sorts by duration on the server with the sort in the URL, dropping the cursor of the page it was on', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(router.state.location.search).toMatch(/cursor=.+&page=2/))
    const header = within(table()).getByRole('columnheader', { name: /Duration/ })
    await userEvent.click(within(header).getByRole('button'))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=durationMs'))
    await userEvent.click(within(table()).getByRole('button', { name: /Duration/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-durationMs'))
    await waitFor(() =>
      expect(within(table()).getByRole('columnheader', { name: /Duration/ })).toHaveAttribute('aria-sort', 'descending'),
    )
  })

  it('lets "Started" go oldest first although newest first is the default', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(within(table()).getByRole('button', { name: /Started/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=startedAt'))
  })

  it('takes the duration range in minutes and sends milliseconds', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'More filters' }))
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Min duration (min)' }), '30')
    await waitFor(() => expect(router.state.location.search).toBe('?minDurationMs=1800000'))
    // With the panel closed, the active filter still says what it does, and removing its chip removes it.
    await userEvent.click(screen.getByRole('button', { name: 'More filters' }))
    expect(screen.queryByRole('spinbutton', { name: 'Min duration (min)' })).not.toBeInTheDocument()
    const chip = within(screen.getByRole('group', { name: 'Active filters' })).getByRole('button', { name: /Duration ≥ 30 min/ })
    chip.focus()
    await userEvent.keyboard('{Delete}')
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(screen.queryByRole('group', { name: 'Active filters' })).not.toBeInTheDocument()
  })

  it('narrows to runs started today or in the last 7 days, whole local days on the server’s clock', async () => {
    const sentFrom: (string | null)[] = []
    const listen = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (url.pathname.endsWith('/runs')) sentFrom.push(url.searchParams.get('from'))
    }
    server.events.on('request:start', listen)
    try {
      const { router } = renderRoute(RUNS, { as: 'scientist' })
      await screen.findByRole('table', { name: 'Workflow runs' })
      // The demo's clock (its Date header) runs in January 2026, whatever this machine's date.
      const localDay = (daysBack: number) => {
        const day = new Date(serverNow())
        day.setDate(day.getDate() - daysBack)
        return day
      }
      const ymd = (day: Date) => day.toLocaleDateString('sv-SE') // YYYY-MM-DD, local
      await userEvent.click(screen.getByRole('button', { name: 'More filters' }))
      const presets = screen.getByRole('group', { name: 'Started within' })

      await userEvent.click(within(presets).getByRole('button', { name: 'Last 7 days' }))
      await waitFor(() => expect(router.state.location.search).toBe(`?from=${ymd(localDay(6))}`))
      const midnight = localDay(6)
      midnight.setHours(0, 0, 0, 0)
      await waitFor(() => expect(sentFrom.at(-1)).toBe(midnight.toISOString()))
      expect(within(presets).getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true')

      await userEvent.click(within(presets).getByRole('button', { name: 'Today' }))
      await waitFor(() => expect(router.state.location.search).toBe(`?from=${ymd(localDay(0))}`))
      await userEvent.click(within(presets).getByRole('button', { name: 'Today' }))
      await waitFor(() => expect(router.state.location.search).toBe(''))
    } finally {
      server.events.removeListener('request:start', listen)
    }
  })

  it('narrows to my own runs in one click, and names the person on the filter’s chip', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'More filters' }))
    await userEvent.click(screen.getByRole('button', { name: 'Only my runs' }))
    await waitFor(() => expect(router.state.location.search).toBe('?triggeredBy=usr-0004'))
    expect(screen.getByRole('button', { name: 'Only my runs' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('combobox', { name: 'Triggered by (user id)' })).toHaveValue('usr-0004')
    await userEvent.click(screen.getByRole('button', { name: 'More filters' }))
    const chips = screen.getByRole('group', { name: 'Active filters' })
    expect(within(chips).getByRole('button', { name: /^Triggered by Jonas Weber \(usr-0004\)/ })).toBeInTheDocument()
  })

  it('says a workflow that never ran has no runs yet, not that filters hide them (empty scenario)', async () => {
    setScenario('empty')
    try {
      renderRoute(RUNS, { as: 'scientist' })
      expect(await screen.findByText('No runs yet')).toBeInTheDocument()
      expect(screen.queryByText('No run matches')).not.toBeInTheDocument()
    } finally {
      setScenario('default')
    }
  })

  it('restores filters from the URL and says so when nothing matches', async () => {
    renderRoute(`${RUNS}?q=zzzz-no-such-run&status=FAILED`, { as: 'scientist' })
    expect(await screen.findByText('No run matches')).toBeInTheDocument()
    expect(screen.queryByText('No runs yet')).not.toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search runs' })).toHaveValue('zzzz-no-such-run')
  })

  it('answers another organization’s workflow as not found, on the page, with a way back (decision 011)', async () => {
    renderRoute('/workflows/wf-nightly-binding-qc/runs', { as: 'scientist' })
    expect(await screen.findByRole('alert')).toHaveTextContent(/not found/i)
    expect(screen.getByRole('heading', { name: 'wf-nightly-binding-qc', level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All workflows' })).toHaveAttribute('href', '/workflows')
  })

  it('keeps the selection in the URL across pages and compares the runs with the first picked as baseline', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    const a = runLinks()[0]!.textContent!
    await userEvent.click(screen.getByRole('checkbox', { name: `Select ${a}` }))
    const bar = await screen.findByRole('toolbar', { name: 'Selected runs' })
    expect(within(bar).getByText('1 selected')).toBeInTheDocument()
    expect(within(bar).getByRole('button', { name: 'Compare' })).toBeDisabled()
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(runLinks()[0]!.textContent).not.toBe(a))
    const b = runLinks()[0]!.textContent!
    await userEvent.click(screen.getByRole('checkbox', { name: `Select ${b}` }))
    expect(within(bar).getByText('2 selected')).toBeInTheDocument()
    expect(new URLSearchParams(router.state.location.search).get('selected')).toBe(`${a},${b}`)
    await userEvent.click(within(bar).getByRole('button', { name: 'Compare' }))
    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        `/workflows/wf-immunopeptidomics-discovery/compare?runs=${a},${b}&baseline=${a}`,
      ),
    )
  })

  it('clears the selection', async () => {
    const { router } = renderRoute(`${RUNS}?selected=run-1,run-2`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Clear' }))
    expect(router.state.location.search).toBe('')
    expect(screen.queryByRole('toolbar', { name: 'Selected runs' })).not.toBeInTheDocument()
  })

  it('exports every run of the filter as CSV, not only the loaded page', async () => {
    renderRoute(`${RUNS}?status=FAILED`, { as: 'scientist' })
    const total = Number((await screen.findByText(/runs match/)).textContent!.match(/([\d,]+) runs match/)![1]!.replace(/,/g, ''))
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1))
    const lines = (await createObjectURL.mock.calls[0]![0].text()).trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^id,status,startedAt,finishedAt,durationMs,triggeredByName,triggeredByUserId,creditsAct,/)
    expect(lines).toHaveLength(total + 1)
    expect(new Set(lines.slice(1).map((line) => line.split(',')[1]))).toEqual(new Set(['FAILED']))
    const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toMatch(/^wf-immunopeptidomics-discovery-runs-\d{4}-\d{2}-\d{2}\.csv$/)
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export CSV' })).not.toBeInTheDocument())
  })

  it('walks past the first 200 runs, shows progress, and stops when cancelled', async () => {
    // The first page answers; every later page hangs until the walk aborts it.
    server.use(
      mock.get('/api/v1/workflows/:workflowId/runs', ({ request }) =>
        new URL(request.url).searchParams.has('cursor') ? delay('infinite') : undefined,
      ),
    )
    renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export CSV' })
    expect(await within(dialog).findByText('200 of 420 runs fetched')).toBeInTheDocument()
    expect(within(dialog).getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('aria-valuenow', '48')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export CSV' })).not.toBeInTheDocument())
    expect(createObjectURL).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled()
  })

  it('shows a failing page inside the dialog and resumes from it on Retry', async () => {
    let failing = true
    server.use(
      mock.get('/api/v1/workflows/:workflowId/runs', ({ request }) =>
        failing && new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.json(
              { error: { code: 'UNAVAILABLE', message: 'Run store is busy.', requestId: 'req-503' } },
              { status: 503 },
            )
          : undefined,
      ),
    )
    renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export CSV' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Run store is busy[\s\S]*req-503/)
    expect(within(dialog).getByText('200 of 420 runs fetched')).toBeInTheDocument()
    failing = false
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1))
    const lines = (await createObjectURL.mock.calls[0]![0].text()).trimEnd().split('\r\n')
    expect(lines).toHaveLength(421)
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(420)
  })
})
