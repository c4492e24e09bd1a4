import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { type DemoPersona, renderSignedIn } from '@/test/renderRoute'
import { MembersTab } from './MembersTab'

async function renderTab(as: DemoPersona, path = '/') {
  const { router } = await renderSignedIn(<MembersTab orgId="org-0002" />, { as, path })
  return router
}

const memberNames = () =>
  within(screen.getByRole('table', { name: 'Members' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent)

beforeEach(() => setHttpSleep(async () => undefined))

describe('MembersTab', () => {
  it('filters the members by a search kept in the URL, next to the other params', async () => {
    const user = userEvent.setup()
    const router = await renderTab('admin', '/?tab=members&cursor=abc')
    await screen.findByRole('table', { name: 'Members' })
    expect(memberNames().length).toBeGreaterThan(1)

    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'mei.lin@')
    // The last keystrokes reach the URL after the field's delay; a shorter prefix may already show Mei Lin alone.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('memberQ')).toBe('mei.lin@'))
    await waitFor(() => expect(memberNames()).toEqual(['Mei Lin']))
    const row = screen.getAllByRole('row')[1]!
    expect(within(row).getByText('developer')).toBeInTheDocument()
    expect(within(row).getByText('mei.lin@acme-immuno.example')).toBeInTheDocument()
    const params = new URLSearchParams(router.state.location.search)
    expect(params.get('memberQ')).toBe('mei.lin@')
    expect(params.get('tab')).toBe('members')
    expect(params.get('cursor')).toBe('abc')
  })

  it('filters by role from the URL', async () => {
    await renderTab('superuser', '/?memberRole=admin')
    await screen.findByRole('table', { name: 'Members' })
    const rows = within(screen.getByRole('table', { name: 'Members' }))
      .getAllByRole('row')
      .slice(1)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(within(row).getByText('admin')).toBeInTheDocument()
    expect(memberNames()).toContain('Tomás Herrera')
  })

  it('explains to a scientist which role the member list needs', async () => {
    await renderTab('scientist')
    expect(await screen.findByText('You do not have access to this')).toBeInTheDocument()
    expect(screen.getByText(/needs the role organization admin/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Members' })).not.toBeInTheDocument()
  })
})
