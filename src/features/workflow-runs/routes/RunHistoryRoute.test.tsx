import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

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
    expect(screen.getByText(/updated \d+ s ago/)).toBeInTheDocument()
    expect(screen.getByText(/420 runs match/)).toBeInTheDocument()
  })

  it('links each run to its Step Functions execution over https only, in a new tab', async () => {
    renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
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
    await vi.waitFor(() => expect(screen.getByText(/runs match/).textContent).not.toBe(before))
    expect(router.state.location.search).toBe('?status=FAILED')
    expect(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: 'Failed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const statuses = runLinks().map((link) => within(link.closest('tr')!).getAllByRole('cell')[0]!.textContent)
    expect(new Set(statuses)).toEqual(new Set(['failed']))
  })

  it('sorts by duration on the server with the sort in the URL, dropping the cursor of the page it was on', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await vi.waitFor(() => expect(router.state.location.search).toMatch(/cursor=.+&page=2/))
    const header = within(table()).getByRole('columnheader', { name: /Duration/ })
    await userEvent.click(within(header).getByRole('button'))
    await vi.waitFor(() => expect(router.state.location.search).toBe('?sort=durationMs'))
    await userEvent.click(within(table()).getByRole('button', { name: /Duration/ }))
    await vi.waitFor(() => expect(router.state.location.search).toBe('?sort=-durationMs'))
    await vi.waitFor(() =>
      expect(within(table()).getByRole('columnheader', { name: /Duration/ })).toHaveAttribute('aria-sort', 'descending'),
    )
  })

  it('lets "Started" go oldest first although newest first is the default', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(within(table()).getByRole('button', { name: /Started/ }))
    await vi.waitFor(() => expect(router.state.location.search).toBe('?sort=startedAt'))
  })

  it('takes the duration range in minutes and sends milliseconds', async () => {
    const { router } = renderRoute(RUNS, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Min duration (min)' }), '30')
    await vi.waitFor(() => expect(router.state.location.search).toBe('?minDurationMs=1800000'))
  })

  it('restores filters from the URL and says so when nothing matches', async () => {
    renderRoute(`${RUNS}?q=zzzz-no-such-run&status=FAILED`, { as: 'scientist' })
    expect(await screen.findByText('No run matches')).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search runs' })).toHaveValue('zzzz-no-such-run')
  })

  it('answers another organization’s workflow as not found', async () => {
    renderRoute('/workflows/wf-nightly-binding-qc/runs', { as: 'scientist' })
    expect(await screen.findByRole('alert')).toHaveTextContent(/not found/i)
  })
})
