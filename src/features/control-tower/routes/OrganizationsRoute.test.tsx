import { screen, within, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Organizations' }))
    .getAllByRole('link')
    .map((link) => link.textContent)

describe('Control Tower organization list', () => {
  it('searches by name and keeps the search in the URL', async () => {
    const { router } = renderRoute('/control-tower/organizations', { as: 'superuser' })
    await screen.findByRole('table', { name: 'Organizations' })
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search organizations' }), 'acme')
    // The search reaches the URL after its debounce: wait for it, then for the list it asks for.
    await waitFor(() => expect(router.state.location.search).toBe('?q=acme'))
    await waitFor(() => expect(rowNames()).toEqual(['Acme Immunology']))
  })

  it('filters by trust tier and sorts by member count from the URL', async () => {
    renderRoute('/control-tower/organizations?tier=internal&sort=-memberCount', { as: 'superuser' })
    await screen.findByRole('table', { name: 'Organizations' })
    const table = screen.getByRole('table', { name: 'Organizations' })
    const chips = within(table).getAllByText('internal')
    expect(chips.length).toBe(within(table).getAllByRole('link').length)
    expect(within(table).getByRole('columnheader', { name: /Members/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('opens an organization in a drawer from its row and closes it with Escape, keeping the filters', async () => {
    const { router } = renderRoute('/control-tower/organizations?q=acme', { as: 'superuser' })
    await userEvent.click(await screen.findByRole('link', { name: 'Acme Immunology' }))
    const drawer = await screen.findByRole('dialog', { name: 'Acme Immunology' })
    expect(await within(drawer).findByText('Credit balance')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/control-tower/organizations/org-0002')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/control-tower/organizations'))
    expect(router.state.location.search).toBe('?q=acme')
  })

  it('says an organization that is not there is not found, without tabs that could only fail', async () => {
    renderRoute('/control-tower/organizations/org-9999?tab=registries', { as: 'superuser' })
    const drawer = await screen.findByRole('dialog', { name: 'org-9999' })
    expect(await within(drawer).findByText(/org-9999 was not found/)).toBeInTheDocument()
    expect(within(drawer).queryByRole('tablist')).not.toBeInTheDocument()
    expect(within(drawer).getByRole('button', { name: 'Close organization' })).toBeInTheDocument()
  })

  it('says so when nothing matches', async () => {
    renderRoute('/control-tower/organizations?q=zzzz-no-such-org', { as: 'superuser' })
    expect(await screen.findByText('No organization matches')).toBeInTheDocument()
  })

  it('refuses an org admin, who has organization settings instead', async () => {
    renderRoute('/control-tower/organizations', { as: 'admin' })
    expect(await screen.findByText('You do not have access to this')).toBeInTheDocument()
  })
})

describe('Organization settings', () => {
  it('shows an org admin the tabs of their own organization', async () => {
    renderRoute('/settings/organization', { as: 'admin' })
    expect(await screen.findByRole('heading', { name: 'Organization settings' })).toBeInTheDocument()
    expect(screen.getByText(/Acme Immunology/)).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Registries' })).toBeInTheDocument()
    expect(await screen.findByText('Credit balance')).toBeInTheDocument()
  })

  it('opens to a developer with the registries read-only and the image-reference checker (api-contract §3)', async () => {
    renderRoute('/settings/organization?tab=registries', { as: 'developer' })
    expect(await screen.findByRole('heading', { name: 'Organization settings' })).toBeInTheDocument()
    const tabs = screen.getByRole('tablist', { name: 'Organization sections' })
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Overview', 'Registries'])
    expect(await screen.findByRole('table', { name: 'Registries' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add registry' })).not.toBeInTheDocument()
    expect(await screen.findByRole('textbox', { name: /Image reference/ })).toBeInTheDocument()
  })

  it('tells a developer who follows a link to the members tab which role opens it, instead of another tab', async () => {
    renderRoute('/settings/organization?tab=members', { as: 'developer' })
    expect(await screen.findByText('You do not have access to this')).toBeInTheDocument()
    expect(screen.getByText(/This needs the role organization admin/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Members' })).not.toBeInTheDocument()
  })

  it('stays closed to a scientist', async () => {
    renderRoute('/settings/organization', { as: 'scientist' })
    expect(await screen.findByText('You do not have access to this')).toBeInTheDocument()
    expect(screen.queryByRole('tablist', { name: 'Organization sections' })).not.toBeInTheDocument()
  })
})

describe('Control Tower organization list sorting', () => {
  it('sorts by members from a header click and keeps the sort in the URL', async () => {
    setHttpSleep(async () => undefined)
    const { router } = renderRoute('/control-tower/organizations', { as: 'superuser' })
    const table = await screen.findByRole('table', { name: 'Organizations' })
    await userEvent.click(within(table).getByRole('button', { name: 'Members' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=memberCount'))
    await userEvent.click(within(screen.getByRole('table', { name: 'Organizations' })).getByRole('button', { name: 'Members' }))
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-memberCount'))
  })
})
