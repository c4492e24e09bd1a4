import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { setHttpSleep } from '@/shared/api/http'
import { type DemoPersona, renderSignedIn } from '@/test/renderRoute'
import { AuditTab } from '../audit/AuditTab'
import { ModuleGrantsTab } from './ModuleGrantsTab'

const ORG = 'org-0002'

async function renderTab(ui: ReactNode, as: DemoPersona) {
  await renderSignedIn(ui, { as })
}

/** The audit events on screen, newest first (each event's row has a time; its details row has none). */
const auditRows = () =>
  within(screen.getByRole('table', { name: 'Audit events' }))
    .getAllByRole('row')
    .filter((row) => row.querySelector('time'))

beforeEach(() => setHttpSleep(async () => undefined))

describe('ModuleGrantsTab', () => {
  it('grants a module, revokes it again, and the audit trail records both', async () => {
    const user = userEvent.setup()
    await renderTab(
      <>
        <ModuleGrantsTab orgId={ORG} />
        <AuditTab orgId={ORG} />
      </>,
      'superuser',
    )
    const grants = await screen.findByRole('table', { name: 'Granted modules' })
    expect(within(grants).queryByText('Peptide Atlas Explorer')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Grant module' }))
    const dialog = await screen.findByRole('dialog', { name: 'Grant module' })
    expect(within(dialog).getByRole('button', { name: 'Grant' })).toBeDisabled()
    await user.click(within(dialog).getByRole('combobox', { name: 'Module' }))
    const options = await screen.findAllByRole('option')
    // org-0002 holds every catalog module but the atlas explorer, so that is the only one offered.
    expect(options.map((option) => option.textContent)).toEqual(['Peptide Atlas Explorerpeptide-atlas-explorer'])
    await user.click(options[0]!)
    await user.click(within(dialog).getByRole('button', { name: 'Grant' }))

    expect(await within(grants).findByText('Peptide Atlas Explorer')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(auditRows()[0]).toHaveTextContent(/Module granted.*Peptide Atlas Explorer/))

    await user.click(within(grants).getByRole('button', { name: 'Revoke Peptide Atlas Explorer' }))
    const confirm = await screen.findByRole('dialog', { name: 'Revoke Peptide Atlas Explorer?' })
    await user.click(within(confirm).getByRole('button', { name: 'Revoke' }))

    await waitFor(() => expect(within(grants).queryByText('Peptide Atlas Explorer')).not.toBeInTheDocument())
    // Newest first: the revocation above the grant.
    await waitFor(() => expect(auditRows()[0]).toHaveTextContent(/Module revoked.*Peptide Atlas Explorer/))
    expect(auditRows()[1]).toHaveTextContent(/Module granted.*Peptide Atlas Explorer/)
  })

  it('explains to a developer which role is missing and offers no Grant', async () => {
    await renderTab(<ModuleGrantsTab orgId={ORG} />, 'developer')
    expect(await screen.findByText('You do not have access to this')).toBeInTheDocument()
    expect(screen.getByText(/needs the role organization admin/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Grant module' })).not.toBeInTheDocument()
  })
})
