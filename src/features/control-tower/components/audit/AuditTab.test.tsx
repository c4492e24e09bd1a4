import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, setHttpSleep } from '@/shared/api/http'
import { apiPaths } from '@/shared/contract/paths'
import { Registry } from '@/shared/contract/registries'
import { resetSessionStore } from '@/shared/stores/sessionStore'
import { signInAs, renderSignedIn } from '@/test/renderRoute'
import { AuditTab } from './AuditTab'

const ORG = 'org-0002'

async function renderTab(path = '/') {
  const { router } = await renderSignedIn(<AuditTab orgId={ORG} />, { path })
  return router
}

const eventRows = async () => {
  const table = await screen.findByRole('table', { name: 'Audit events' })
  // Each event is a row plus its (collapsed) details row; events are the rows with a time.
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.querySelector('time'))
}

beforeEach(() => {
  setHttpSleep(async () => undefined)
  resetSessionStore()
  signInAs('admin')
})

describe('AuditTab', () => {
  it('shows a change as from → to and a changed list as added and removed items', async () => {
    const user = userEvent.setup()
    // A real change through the demo backend: new patterns and the registry switched off.
    await http(apiPaths.registry(ORG, 'reg-0003'), Registry, {
      method: 'PATCH',
      body: { namespaces: ['ghcr.io/acme-immuno/*', 'ghcr.io/acme-tools/*'], enabled: false },
      idempotencyKey: 'audit-test-1',
    })
    await http(apiPaths.registry(ORG, 'reg-0003'), Registry, {
      method: 'PATCH',
      body: { namespaces: ['ghcr.io/acme-tools/*'] },
      idempotencyKey: 'audit-test-2',
    })
    await renderTab()
    const [latest, previous] = await eventRows()
    expect(within(latest!).getByText('Registry changed')).toBeInTheDocument()
    expect(within(latest!).getByText('Tomás Herrera')).toBeInTheDocument()
    expect(within(latest!).getByText('Registry')).toBeInTheDocument()

    await user.click(within(latest!).getByRole('button', { name: 'Show changes' }))
    const removed = await screen.findByRole('list', { name: 'Removed items' })
    expect(within(removed).getByText('− ghcr.io/acme-immuno/*')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Added items' })).not.toBeInTheDocument()
    await user.click(within(latest!).getByRole('button', { name: 'Hide changes' }))
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Removed items' })).not.toBeInTheDocument())

    await user.click(within(previous!).getByRole('button', { name: 'Show changes' }))
    const added = await screen.findByRole('list', { name: 'Added items' })
    expect(within(added).getByText('+ ghcr.io/acme-tools/*')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Unchanged items' })).toHaveTextContent('ghcr.io/acme-immuno/*')
    const enabled = screen.getByText('Enabled').parentElement!
    expect(enabled).toHaveTextContent('yes → no')
  })

  it('labels known actions, shows the outcome of a test and filters by action prefix in the URL', async () => {
    const user = userEvent.setup()
    const router = await renderTab('/?tab=audit')
    const table = await screen.findByRole('table', { name: 'Audit events' })
    expect(within(table).getAllByText('Connection tested').length).toBeGreaterThan(0)
    expect(within(table).getAllByText('CREDENTIAL_REJECTED').length).toBeGreaterThan(0)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Data grants')
    // The filtered list is a new query: wait for its table, not the one that was on screen.
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Audit events' })).queryByText('Connection tested'),
      ).not.toBeInTheDocument(),
    )
    const labels = (await eventRows()).map((row) => row.querySelectorAll('td')[3]?.textContent)
    expect(new Set(labels)).toEqual(new Set(['Data access approved', 'Data access rejected']))
    const params = new URLSearchParams(router.state.location.search)
    expect(params.get('auditAction')).toBe('data_grant.')
    expect(params.get('tab')).toBe('audit')
  })

  it('shows an unknown action raw instead of failing', async () => {
    await renderTab('/?auditAction=registry.frobnicated')
    expect(await screen.findByText('No audit events')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveDisplayValue('registry.frobnicated')
  })
})
