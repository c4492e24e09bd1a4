import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { setScenario } from '../../../../mocks/runtime/scenario'

beforeEach(() => setHttpSleep(async () => undefined))

describe('Module run list', () => {
  it('lists the organization’s runs newest first with status, module, credits and workflow context (1440 px)', async () => {
    // The workflow column is shown from 1440 px (jsdom's window is 1024 px wide).
    const width = vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1440)
    onTestFinished(() => width.mockRestore())
    renderRoute('/runs', { as: 'scientist' })
    const table = await screen.findByRole('table', { name: 'Module runs' })
    // The page holds 20 runs; the table draws those in view (an 800 px scroll area in these tests) and 3 beyond.
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThanOrEqual(15)
    expect(rows[0]).toHaveTextContent('mr-000047')
    expect(rows[0]).toHaveTextContent('peptide-length-qc')
    expect(rows[0]).toHaveTextContent(/reserved/)
    expect(within(table).getAllByText(/^step /).length).toBeGreaterThan(0)
    expect(screen.getByText(/^Runs 1–20 of \d+$/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to page 2' })).toHaveAttribute('href', '/runs?page=2')
  })

  it('filters by status and module in the URL and starts again at page 1', async () => {
    const { router } = renderRoute('/runs?page=2', { as: 'scientist' })
    await screen.findByRole('table', { name: 'Module runs' })
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failed')
    await waitFor(() => expect(router.state.location.search).toBe('?status=failed'))
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Module' }), 'immunopeptidome-report')
    await waitFor(() => expect(router.state.location.search).toBe('?status=failed&module=immunopeptidome-report'))
    const table = screen.getByRole('table', { name: 'Module runs' })
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2))
    expect(within(table).getByRole('link', { name: 'mr-000045' })).toBeInTheDocument()
  })

  it('says when no run matches the filters', async () => {
    renderRoute('/runs?status=queued&module=peptide-atlas-explorer', { as: 'scientist' })
    expect(await screen.findByText('No module run matches')).toBeInTheDocument()
  })

  it('explains a list the server refuses', async () => {
    setScenario('forbidden')
    renderRoute('/runs', { as: 'scientist' })
    expect(await screen.findByRole('alert')).toHaveTextContent(/access/i)
  })
})
