import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { resetDemo } from '../../../../mocks/testing'

beforeEach(() => setHttpSleep(async () => undefined))

const cardTitles = () =>
  within(screen.getByRole('list', { name: 'Modules' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)

describe('Module catalog', () => {
  it('shows every granted module as a card with badges and a price per pricing tier', async () => {
    renderRoute('/modules', { as: 'scientist' })
    const list = await screen.findByRole('list', { name: 'Modules' })
    expect(cardTitles()).toContain('Peptide Length QC')
    expect(screen.getByText('7 modules available to your organization')).toBeInTheDocument()
    const card = within(list).getByRole('link', { name: 'Peptide Length QC' }).closest('li')!
    expect(within(card).getByText('No UI')).toBeInTheDocument()
    expect(within(card).getByText('internal')).toBeInTheDocument()
    expect(within(card).getByText('active')).toBeInTheDocument()
    expect(within(card).getByText('0.05 ACT')).toBeInTheDocument()
    expect(within(card).getByText('0.02 ACT')).toBeInTheDocument()
    expect(within(list).getByRole('link', { name: 'Peptide Length QC' })).toHaveAttribute('href', '/modules/peptide-length-qc')
  })

  it('searches and filters with every value in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/modules', { as: 'developer' })
    await screen.findByRole('list', { name: 'Modules' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'with-ui')
    expect(cardTitles()).toEqual(['Immunopeptidome Report', 'Neoantigen Ranker'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trust tier' }), 'community')
    expect(cardTitles()).toEqual(['Neoantigen Ranker'])
    expect(router.state.location.search).toBe('?type=with-ui&tier=community')
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search modules' }), 'spectral')
    await waitFor(() => expect(cardTitles()).toEqual(['Spectral Library Search']))
    // The last keystrokes reach the URL after the search field's delay.
    await waitFor(() => expect(router.state.location.search).toBe('?q=spectral'))
  })

  it('opens a shared link with its filters and says when nothing matches', async () => {
    renderRoute('/modules?status=REJECTED', { as: 'developer' })
    expect(await screen.findByText('No module matches')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('REJECTED')
  })

  it('switches to the table view and remembers the choice for the next visit', async () => {
    const user = userEvent.setup()
    const first = renderRoute('/modules', { as: 'scientist' })
    await screen.findByRole('list', { name: 'Modules' })
    await user.click(screen.getByRole('button', { name: 'Table' }))
    const table = screen.getByRole('table', { name: 'Modules' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Module', 'Type', 'Trust tier', 'Status', 'Category', 'Price by plan', 'Updated'])
    expect(first.router.state.location.search).toBe('?view=table')
    first.unmount()
    renderRoute('/modules', { as: 'scientist' })
    expect(await screen.findByRole('table', { name: 'Modules' })).toBeInTheDocument()
  })

  it('shows a description with markup as text (xss scenario)', async () => {
    resetDemo('xss')
    const { container } = renderRoute('/modules?q=neoantigen', { as: 'scientist' })
    expect((await screen.findAllByText(/<img src=x onerror=window.__xssFired=2;alert\(2\)>/)).length).toBeGreaterThan(0)
    expect(container.querySelector('img[src="x"], script')).toBeNull()
  })

  it('says so when the organization has no modules', async () => {
    resetDemo('empty')
    renderRoute('/modules', { as: 'scientist' })
    expect(await screen.findByText('No modules yet')).toBeInTheDocument()
  })

  it('explains a failed catalog request with its code and a retry', async () => {
    resetDemo('fail-500-modules')
    renderRoute('/modules', { as: 'scientist' })
    expect(await screen.findByText('The server failed to answer')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
