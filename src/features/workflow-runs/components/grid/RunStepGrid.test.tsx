import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../../mocks/node'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
const grid = () => screen.findByRole('grid', { name: 'Steps by run' })
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search)
/** The grid cells of runs (the failure counts are cells too, named "N failed"). */
const runCells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('gridcell')
    .filter((cell) => /^run-/.test(cell.getAttribute('aria-label')!))
/** The run a column head or cell names first ("run-000387, …"). */
const runIdOf = (element: HTMLElement) => element.getAttribute('aria-label')!.split(',')[0]!

describe('Run History’s runs × steps grid', () => {
  it('opens from the view switch, keeps the view in the URL and says which step failed most', async () => {
    const { router } = renderRoute(`${WF}/runs`, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(within(screen.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Steps grid' }))
    const table = await grid()
    expect(search(router).get('view')).toBe('grid')
    expect(screen.getByRole('button', { name: 'Steps grid' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.queryByRole('table', { name: 'Workflow runs' })).not.toBeInTheDocument()
    expect(screen.getByText(/^Most failures: .+, in \d+ of 50 runs/)).toBeInTheDocument()
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(names).toEqual([
      'HLA typing',
      'Spectral library search',
      'Peptide length QC',
      'Binding prediction',
      'Motif deconvolution',
      'Report',
    ])
    expect(within(table).getAllByRole('columnheader')).toHaveLength(52)
    // Newest run on the left, as the list has it on top; the pager stays.
    expect(within(table).getAllByRole('columnheader')[2]).toHaveAccessibleName(/^run-000420, /)
    expect(screen.getByRole('button', { name: 'Next page' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'List' }))
    expect(await screen.findByRole('table', { name: 'Workflow runs' })).toBeInTheDocument()
    expect(search(router).get('view')).toBeNull()
  })

  it('opens the run at the step of a clicked cell, and the run page shows that step selected', async () => {
    const { router } = renderRoute(`${WF}/runs?view=grid&status=FAILED`, { as: 'scientist' })
    const table = await grid()
    const row = within(table).getByRole('rowheader', { name: 'Spectral library search' }).closest<HTMLElement>('[role="row"]')!
    const cell = runCells(row)[0]!
    const runId = runIdOf(cell)
    await userEvent.click(cell)
    await waitFor(() => expect(router.state.location.pathname).toBe(`${WF}/runs/${runId}`))
    expect(router.state.location.search).toBe('?step=library-search')
    const steps = await screen.findByRole('table', { name: 'Steps' })
    expect(within(steps).getByRole('button', { name: /Spectral library search/ })).toHaveAttribute('aria-pressed', 'true')
  })

  it('moves with the arrow keys from one tab stop and opens the focused cell with Enter', async () => {
    const { router } = renderRoute(`${WF}/runs?view=grid`, { as: 'scientist' })
    const table = await grid()
    const [first] = runCells(within(table).getAllByRole('row')[1]!)
    expect(first).toHaveAttribute('tabindex', '0')
    // One tab stop in the grid: every other cell is reached with the keyboard inside it.
    expect(table.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    const second = runIdOf(within(table).getAllByRole('columnheader')[3]!)
    first!.focus()
    await userEvent.keyboard('{ArrowRight}{ArrowDown}')
    expect(document.activeElement).toHaveAccessibleName(new RegExp(`^${second}, Spectral library search: `))
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(document.activeElement).toHaveAccessibleName(`Select ${second}`)
    await userEvent.keyboard('{ArrowDown}{Home}')
    expect(document.activeElement).toHaveAccessibleName('HLA typing')
    await userEvent.keyboard('{End}{Enter}')
    const last = runIdOf(within(table).getAllByRole('columnheader').at(-1)!)
    await waitFor(() => expect(router.state.location.pathname).toBe(`${WF}/runs/${last}`))
    expect(router.state.location.search).toBe('?step=hla-typing')
  })

  it('selects runs for Compare from the column heads, in the same ?selected= as the list', async () => {
    const { router } = renderRoute(`${WF}/runs?view=grid`, { as: 'scientist' })
    const table = await grid()
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select run-000418' }))
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select run-000410' }))
    expect(search(router).get('selected')).toBe('run-000418,run-000410')
    expect(search(router).get('view')).toBe('grid')
    const bar = await screen.findByRole('toolbar', { name: 'Selected runs' })
    expect(within(bar).getByText('2 selected')).toBeInTheDocument()
    // Space on a focused head toggles too.
    within(table).getByRole('checkbox', { name: 'Select run-000418' }).focus()
    await userEvent.keyboard(' ')
    expect(search(router).get('selected')).toBe('run-000410')
    await userEvent.click(screen.getByRole('button', { name: 'List' }))
    const list = await screen.findByRole('table', { name: 'Workflow runs' })
    expect(within(list).getByRole('checkbox', { name: 'Select run-000410' })).toBeChecked()
  })

  it('shows the page the list was on: the list’s cursor serves the grid', async () => {
    renderRoute(`${WF}/runs`, { as: 'scientist' })
    await screen.findByRole('table', { name: 'Workflow runs' })
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }))
    await screen.findByText('Rows 51–100 of 420')
    await userEvent.click(screen.getByRole('button', { name: 'Steps grid' }))
    const table = await grid()
    expect(within(table).getAllByRole('columnheader')[2]).toHaveAccessibleName(/^run-000370, /)
    expect(screen.getByText('Rows 51–100 of 420')).toBeInTheDocument()
  })

  it('draws 50 steps with only the rows in view in the DOM, and the keyboard still reaches the last one', async () => {
    renderRoute('/workflows/wf-allele-panel-sweep/runs?view=grid', { as: 'scientist' })
    const table = await grid()
    expect(table).toHaveAttribute('aria-rowcount', '51')
    expect(within(table).queryByRole('rowheader', { name: 'Report' })).not.toBeInTheDocument()
    runCells(within(table).getAllByRole('row')[1]!)[0]!.focus()
    await userEvent.keyboard('{Control>}{End}{/Control}')
    expect(document.activeElement).toHaveAccessibleName(/, Report: /)
  })

  it('explains a failed load of the grid with a retry, keeping the page and its filters', async () => {
    server.use(
      mock.get(`${API_BASE}/v1/workflows/:id/runs/steps`, () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'Down', requestId: 'req-grid' } }, { status: 500 }),
      ),
    )
    renderRoute(`${WF}/runs?view=grid`, { as: 'scientist' })
    expect(await screen.findByText(/req-grid/)).toBeInTheDocument()
    server.resetHandlers()
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await grid()).toBeInTheDocument()
  })
})
