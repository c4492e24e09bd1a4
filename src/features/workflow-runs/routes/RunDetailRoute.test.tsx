import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { http, setHttpSleep } from '@/shared/api/http'
import { WorkflowRun } from '@/shared/contract/workflows'
import { renderRoute, signInAs } from '@/test/renderRoute'
import { server } from '../../../../mocks/node'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
// Demo fixtures (deterministic): run-000417 succeeded after run-000416; run-000387 failed in the library search.
const SUCCEEDED = `${WF}/runs/run-000417`
const FAILED = `${WF}/runs/run-000387`
const timeline = () => screen.getByRole('group', { name: 'Step timeline' })

describe('Run detail', () => {
  it('shows the status and the Step Functions console link over https, in a new tab', async () => {
    renderRoute(SUCCEEDED, { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'run-000417', level: 1 })).toBeInTheDocument()
    expect(screen.getAllByText('succeeded').length).toBeGreaterThan(0)
    const link = screen.getByRole('link', { name: 'Open in Step Functions (new tab)' })
    expect(link.getAttribute('href')).toMatch(
      /^https:\/\/eu-central-1\.console\.aws\.amazon\.com\/states\/home\?region=eu-central-1#\/v2\/executions\/details\/arn%3Aaws%3Astates%3A/,
    )
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByRole('button', { name: 'Copy execution ARN' })).toBeInTheDocument()
  })

  it('draws one timeline bar per step; selecting one puts it in the URL and shows its logs', async () => {
    const { router } = renderRoute(SUCCEEDED, { as: 'scientist' })
    await screen.findByRole('group', { name: 'Step timeline' })
    const bars = within(timeline()).getAllByRole('button')
    expect(bars).toHaveLength(6)
    expect(bars[0]).toHaveAccessibleName(/^HLA typing: completed, \d+ (min|s)/)
    await userEvent.click(within(timeline()).getByRole('button', { name: /^Spectral library search: completed/ }))
    await waitFor(() => expect(router.state.location.search).toBe('?step=library-search'))
    expect(within(timeline()).getByRole('button', { name: /^Spectral library search/ })).toHaveAttribute('aria-pressed', 'true')
    const log = await screen.findByRole('log', { name: 'Logs of Spectral library search' })
    expect((await within(log).findAllByText(/Container started/)).length).toBeGreaterThan(0)
  })

  it('reads a step log oldest first in slices of 2,000 lines, with "Load more" along nextToken', async () => {
    const requests: URLSearchParams[] = []
    // A finished step's log of 2,100 lines, 500 a page: the first read takes four pages, "Load more" the rest.
    server.use(
      mock.get('/api/v1/workflow-runs/run-000417/steps/motifs/logs', ({ request }) => {
        const query = new URL(request.url).searchParams
        requests.push(query)
        const from = Number(query.get('nextToken') || 0)
        const to = Math.min(from + Number(query.get('limit')), 2_100)
        return HttpResponse.json({
          events: Array.from({ length: to - from }, (_, i) => ({
            timestamp: '2026-01-14T10:00:00.000Z',
            message: `line ${from + i + 1}`,
            level: 'info',
          })),
          nextToken: to < 2_100 ? String(to) : null,
        })
      }),
    )
    renderRoute(`${SUCCEEDED}?step=motifs`, { as: 'scientist' })
    const log = await screen.findByRole('log', { name: /^Logs of / })
    expect(await within(log).findByText('line 1')).toBeInTheDocument()
    expect(requests.map((query) => [query.get('order'), query.get('limit'), query.get('nextToken')])).toEqual([
      ['asc', '500', null],
      ['asc', '500', '500'],
      ['asc', '500', '1000'],
      ['asc', '500', '1500'],
    ])
    expect(screen.getByText('2,000 lines')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByText('2,100 lines')).toBeInTheDocument()
    expect(requests[4]?.get('nextToken')).toBe('2000')
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
  })

  it("follows a running step's log: lines written after the page opened appear without a click", async () => {
    // run-000420 is still running in the demo; its running step's log grows by one line per read from here on.
    let written = 1
    server.use(
      mock.get('/api/v1/workflow-runs/run-000420/steps/:stepId/logs', ({ request }) => {
        const from = Number(new URL(request.url).searchParams.get('nextToken') || 0)
        const events = Array.from({ length: written - from }, (_, i) => ({
          timestamp: '2026-01-15T11:41:00.000Z',
          message: `still working ${from + i + 1}`,
        }))
        const end = written
        written += 1
        return HttpResponse.json({ events, nextToken: String(end) })
      }),
    )
    renderRoute(`${WF}/runs/run-000420`, { as: 'scientist' })
    await screen.findByRole('group', { name: 'Step timeline' })
    await userEvent.click(within(timeline()).getAllByRole('button', { name: /: running/ })[0]!)
    const log = await screen.findByRole('log', { name: /^Logs of / })
    expect(await within(log).findByText('still working 1')).toBeInTheDocument()
    // The next poll (every 2 s) reads on from the token it was given: the second line, never the first again.
    expect(await within(log).findByText('still working 2', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(within(log).getAllByText('still working 1')).toHaveLength(1)
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
  })

  it('moves a link naming another workflow to the run’s own, keeping the selected step', async () => {
    const { router } = renderRoute('/workflows/wf-neoantigen-prioritization/runs/run-000417?step=motifs', { as: 'scientist' })
    await waitFor(() => expect(router.state.location.pathname).toBe(SUCCEEDED))
    expect(router.state.location.search).toBe('?step=motifs')
    expect(await screen.findByRole('heading', { name: 'run-000417', level: 1 })).toBeInTheDocument()
  })

  it('selects a step from the keyboard as well', async () => {
    const { router } = renderRoute(SUCCEEDED, { as: 'scientist' })
    await screen.findByRole('group', { name: 'Step timeline' })
    within(timeline())
      .getByRole('button', { name: /^Peptide length QC/ })
      .focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?step=length-qc'))
  })

  it('links each step of the steps table to its module run, with artifacts and CloudWatch links', async () => {
    renderRoute(SUCCEEDED, { as: 'scientist' })
    const table = await screen.findByRole('table', { name: 'Steps' })
    const headers = () =>
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent)
    // jsdom's window is 1024 px wide: the module run, attempts and credits wait in the column menu (decision 020).
    expect(headers()).toEqual(['Step', 'Module', 'Status', 'Duration', 'Artifacts', 'Logs'])
    await userEvent.click(await screen.findByRole('button', { name: 'Columns (3 hidden)' }))
    await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Module run' }))
    await userEvent.keyboard('{Escape}')
    expect(headers()).toEqual(['Step', 'Module', 'Module run', 'Status', 'Duration', 'Artifacts', 'Logs'])
    expect(within(table).getByRole('link', { name: 'mr-000417-hla-typing' })).toHaveAttribute(
      'href',
      '/runs/mr-000417-hla-typing',
    )
    const s3 = within(table).getByRole('link', { name: 'Open hla_types.tsv in the S3 console (new tab)' })
    expect(s3.getAttribute('href')).toMatch(/^https:\/\/s3\.console\.aws\.amazon\.com\/s3\/object\/hla-compass-demo-data\?/)
    expect(within(table).getByRole('link', { name: 'CloudWatch logs of HLA typing (new tab)' }).getAttribute('href')).toMatch(
      /^https:\/\/eu-central-1\.console\.aws\.amazon\.com\/cloudwatch\//,
    )
    await userEvent.click(within(table).getByRole('button', { name: 'Peptide length QC' }))
    expect(within(table).getByRole('button', { name: 'Peptide length QC' }).closest('tr')).toHaveClass('Mui-selected')
  })

  it('shows the failing step of a failed run with its error', async () => {
    renderRoute(FAILED, { as: 'scientist' })
    const step = await screen.findByRole('region', { name: 'Step: Spectral library search' })
    expect(within(step).getByText('OUT_OF_MEMORY')).toBeInTheDocument()
    expect(within(step).getByText(/OutOfMemoryError: Java heap space/)).toBeInTheDocument()
  })

  it('compares with the previous successful run', async () => {
    const { router } = renderRoute(SUCCEEDED, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('link', { name: 'Compare with previous successful run' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`${WF}/compare`))
    expect(router.state.location.search).toBe('?runs=run-000416,run-000417&baseline=run-000416')
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'run-000417' })).not.toBeInTheDocument())
  })

  it('disables "Compare with previous successful run" when there is none, and offers picking runs', async () => {
    renderRoute(`${WF}/runs/run-000001`, { as: 'scientist' })
    expect(await screen.findByText('No earlier successful run.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Compare with previous successful run' })).toBeDisabled()
    expect(screen.getByRole('link', { name: 'Compare with…' })).toHaveAttribute('href', `${WF}/runs?selected=run-000001`)
  })

  it('renders only checked https links: unsafe URIs and a bad region stay copyable text', async () => {
    signInAs('scientist')
    const real = await http('/v1/workflow-runs/run-000417', WorkflowRun)
    const [first, ...rest] = real.steps
    const artifact = { ...first!.artifacts[0]!, name: 'evil.txt', uri: 'javascript:alert(1)' }
    const tampered = { ...real, region: 'nowhere', steps: [{ ...first!, artifacts: [artifact] }, ...rest] }
    server.use(mock.get('/api/v1/workflow-runs/run-000417', () => HttpResponse.json(tampered)))
    renderRoute(SUCCEEDED, { as: 'scientist' })
    const table = await screen.findByRole('table', { name: 'Steps' })
    expect(within(table).getByText('javascript:alert(1)')).toBeInTheDocument()
    expect(within(table).getByRole('button', { name: 'Copy URI of evil.txt' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Step Functions|S3 console|CloudWatch/ })).not.toBeInTheDocument()
    expect(screen.getAllByRole('link').every((link) => !link.getAttribute('href')?.startsWith('javascript:'))).toBe(true)
    expect(screen.getByRole('button', { name: 'Copy execution ARN' })).toBeInTheDocument()
  })

  it('explains a failure to load and retries', async () => {
    server.use(
      mock.get('/api/v1/workflow-runs/run-000417', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'Boom', requestId: 'req-1' } }, { status: 500 }),
      ),
    )
    renderRoute(SUCCEEDED, { as: 'scientist' })
    expect(await screen.findByRole('alert')).toHaveTextContent('Boom')
    server.resetHandlers()
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { name: 'run-000417', level: 1 })).toBeInTheDocument()
  })

  it('shows the run’s duration against the median of the workflow’s succeeded runs', async () => {
    renderRoute(SUCCEEDED, { as: 'scientist' })
    const duration = () => screen.getByText('Duration', { selector: 'dt' }).nextElementSibling as HTMLElement
    await screen.findByRole('heading', { name: 'run-000417', level: 1 })
    await waitFor(() => expect(duration()).toHaveTextContent(/^49 min 00 s\+12 %$/))
    expect(within(duration()).getByTitle(/^\+12 % against the median of succeeded runs \(\d+ min \d\d s\)$/)).toBeInTheDocument()
  })

  it('keeps the run when the median cannot be loaded, and says why with code, request id and Retry', async () => {
    server.use(
      mock.get('/api/v1/workflows/wf-immunopeptidomics-discovery/runs/stats', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'Stats are down', requestId: 'req-stats' } }, { status: 500 }),
      ),
    )
    renderRoute(SUCCEEDED, { as: 'scientist' })
    const duration = () => screen.getByText('Duration', { selector: 'dt' }).nextElementSibling as HTMLElement
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The median of succeeded runs could not be loaded, so the duration shows no Δ: Stats are down',
    )
    expect(alert).toHaveTextContent('req-stats')
    expect(duration()).toHaveTextContent(/^49 min 00 s$/)
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(duration()).toHaveTextContent(/^49 min 00 s\+12 %$/))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says when a run does not exist', async () => {
    renderRoute(`${WF}/runs/run-999999`, { as: 'scientist' })
    expect(await screen.findByRole('alert')).toHaveTextContent(/not found/i)
    expect(screen.getByRole('link', { name: 'Back to the run history' })).toHaveAttribute('href', `${WF}/runs`)
  })
})

describe('Run detail of a run stopped between steps', () => {
  it('explains a failure that no step reports (the QC gate) instead of showing only green bars', async () => {
    renderRoute('/workflows/wf-immunopeptidomics-discovery/runs/run-000414', { as: 'scientist' })
    expect(
      await screen.findByText(/No step failed: the workflow reached a fail state after “Peptide length QC”/),
    ).toBeInTheDocument()
  })

  it('says nothing extra for a run whose failing step is shown', async () => {
    renderRoute('/workflows/wf-immunopeptidomics-discovery/runs/run-000387', { as: 'scientist' })
    await screen.findByRole('heading', { name: 'run-000387', level: 1 })
    expect(screen.queryByText(/No step failed/)).not.toBeInTheDocument()
  })
})
