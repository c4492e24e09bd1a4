import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { type DemoPersona, renderSignedIn } from '@/test/renderRoute'
import { server } from '../../../../../mocks/node'
import { DataAccessTab } from './DataAccessTab'

const ORG = 'org-0002'

async function renderTab(as: DemoPersona, path = '/') {
  const { router } = await renderSignedIn(<DataAccessTab orgId={ORG} />, { as, path })
  return router
}

/** The row of a request, found by its catalog and datasets (two requests may share a catalog). */
const rowOf = async (catalog: string, datasets: string) => {
  const table = await screen.findByRole('table', { name: 'Data access requests' })
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.textContent?.includes(catalog) && candidate.textContent.includes(datasets))
  if (!row) throw new Error(`no row for ${catalog} (${datasets})`)
  return row
}

beforeEach(() => setHttpSleep(async () => undefined))

describe('DataAccessTab', () => {
  it('approves a pending request after confirmation and shows the decision', async () => {
    const user = userEvent.setup()
    await renderTab('admin')
    const row = await rowOf('immunopeptidomics', 'peptides, samples, hla-typing')
    expect(within(row).getByText('pending')).toBeInTheDocument()
    await user.click(within(row).getByRole('button', { name: 'Approve alithea-bio/immunopeptidomics' }))
    const dialog = await screen.findByRole('dialog', { name: 'Approve data access?' })
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const decided = await rowOf('immunopeptidomics', 'peptides, samples, hla-typing')
    await waitFor(() => expect(within(decided).getByText('approved')).toBeInTheDocument())
    expect(within(decided).queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument()
    // Who decided is history: on jsdom's 1,024 px screen that column waits in the column menu (decision 020).
    expect(within(decided).queryByText('Tomás Herrera')).not.toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Columns (1 hidden)' }))
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Decision' }))
    await user.keyboard('{Escape}')
    expect(
      within(await rowOf('immunopeptidomics', 'peptides, samples, hla-typing')).getByText('Tomás Herrera'),
    ).toBeInTheDocument()
  })

  it('needs a reason to reject, and explains a 409 not_pending while keeping the reason', async () => {
    const user = userEvent.setup()
    server.use(
      mock.post(
        '/api/v1/organizations/:orgId/data-grants/:grantId/reject',
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'CONFLICT',
                message: 'Data grant dg-0005 was already approved.',
                details: { reason: 'not_pending', status: 'approved' },
                requestId: 'req-409',
              },
            },
            { status: 409 },
          ),
        { once: true },
      ),
    )
    await renderTab('admin')
    const row = await rowOf('hla-ligand-reference', 'samples, hla-typing')
    await user.click(within(row).getByRole('button', { name: 'Reject alithea-bio/hla-ligand-reference' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reject data access?' })
    const reject = within(dialog).getByRole('button', { name: 'Reject' })
    const reason = within(dialog).getByRole('textbox', { name: /Reason/ })
    expect(reject).toBeDisabled()

    await user.type(reason, '   ')
    await user.tab()
    expect(await within(dialog).findByText(/Give the reason for rejecting/)).toBeInTheDocument()
    expect(reject).toBeDisabled()

    await user.clear(reason)
    await user.type(reason, 'No study named.')
    expect(within(dialog).getByText('15/500')).toBeInTheDocument()
    await waitFor(() => expect(reject).toBeEnabled())
    await user.click(reject)

    expect(await within(dialog).findByText('Someone decided this request meanwhile')).toBeInTheDocument()
    expect(within(dialog).getByText('Data grant dg-0005 was already approved.')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Reload requests' })).toBeInTheDocument()
    expect(reason).toHaveValue('No study named.')
  })

  it('keeps the status filter in the URL next to the other params', async () => {
    const user = userEvent.setup()
    const router = await renderTab('superuser', '/?tab=data-access&cursor=abc')
    await rowOf('immunopeptidomics', 'peptides, samples, hla-typing')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'rejected')

    const table = screen.getByRole('table', { name: 'Data access requests' })
    await waitFor(() => expect(within(table).queryByText('pending')).not.toBeInTheDocument())
    expect(within(table).getByText('rejected')).toBeInTheDocument()
    const params = new URLSearchParams(router.state.location.search)
    expect(params.get('dataStatus')).toBe('rejected')
    expect(params.get('tab')).toBe('data-access')
    expect(params.get('cursor')).toBe('abc')
  })
})
