import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { setScenario } from '../../mocks/runtime/scenario'
import { http, setHttpSleep } from '@/shared/api/http'
import { ModuleRunPage } from '@/shared/contract/moduleRuns'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

/** jsdom has no media queries, so the shell is in its narrow layout: open the navigation as a phone user would. */
const navLinks = async () => {
  await userEvent.click(await screen.findByRole('button', { name: 'Open navigation' }))
  const nav = await screen.findByRole('navigation', { name: 'Main' })
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent)
}

describe('route table', () => {
  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    const { router } = renderRoute('/workflows?x=1')
    await screen.findByRole('heading', { name: 'Sign in to HLA-Compass' })
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent('/workflows?x=1')}`)
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in as Jonas Weber' }))
    await screen.findByRole('heading', { name: 'Workflows' })
    expect(router.state.location.pathname).toBe('/workflows')
  })

  it('shows a scientist the work areas but neither Control Tower nor organization settings', async () => {
    renderRoute('/', { as: 'scientist' })
    expect(await navLinks()).toEqual(['Home', 'Modules', 'Module runs', 'Workflows'])
  })

  it('shows a platform admin Control Tower', async () => {
    renderRoute('/', { as: 'superuser' })
    expect(await navLinks()).toContain('Control Tower')
  })

  it('shows an org admin organization settings but not Control Tower', async () => {
    renderRoute('/', { as: 'admin' })
    const links = await navLinks()
    expect(links).toContain('Organization settings')
    expect(links).not.toContain('Control Tower')
  })

  it('refuses Control Tower to a scientist who follows a link, naming the missing role', async () => {
    renderRoute('/control-tower/organizations', { as: 'scientist' })
    expect(await screen.findByText('You do not have access to this')).toBeInTheDocument()
    expect(screen.getByText(/needs the role platform admin \(superuser\)/)).toBeInTheDocument()
  })

  it('explains a malformed answer of the server with the field path instead of a white page', async () => {
    server.use(mock.get('/api/v1/auth/me', () => HttpResponse.json({ id: 'usr-0004', email: 'x' })))
    renderRoute('/', { as: 'scientist' })
    // The shell's own call: named with its answer (issue 13), the field path below it.
    expect(
      await screen.findByText(/^GET \/v1\/auth\/me answered 200 OK, but in an unexpected shape: name — /),
    ).toBeInTheDocument()
    expect(screen.getByText('name')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('shows the home page figures from the demo backend', async () => {
    renderRoute('/', { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Welcome, Jonas' })).toBeInTheDocument()
    expect(await screen.findByText(/used this month by Acme Immunology/)).toBeInTheDocument()
  })

  it('lists only the signed-in person’s runs under "My recent runs", though the page of runs holds others’', async () => {
    renderRoute('/', { as: 'scientist' })
    const mine = await screen.findByRole('region', { name: 'My recent runs' })
    const items = await within(mine).findAllByRole('listitem')
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(item).toHaveTextContent('Jonas Weber')
    // The same first page of runs, unfiltered: other people's runs are on it, so the card's filter did the work.
    const page = await http(withQuery(apiPaths.moduleRuns(), { page: 1, limit: 50 }), ModuleRunPage)
    expect(page.items.some((run) => run.triggeredBy.name !== 'Jonas Weber')).toBe(true)
  })

  it('explains an endpoint failing with 500 on the card that needed it', async () => {
    setScenario('fail-500-organization')
    renderRoute('/', { as: 'scientist' })
    const card = await screen.findByRole('region', { name: 'Credits' })
    expect(await within(card).findByText('The server failed to answer')).toBeInTheDocument()
    expect(within(card).getByText(/Request id/)).toBeInTheDocument()
  })

  it('answers an unknown address with the 404 page inside the shell', async () => {
    renderRoute('/no/such/page', { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByText('/no/such/page')).toBeInTheDocument()
  })

  it('puts a run under its workflow list and run history in the breadcrumbs', async () => {
    renderRoute('/workflows/wf-immunopeptidomics-discovery/runs/run-000417', { as: 'scientist' })
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' })
    await within(trail).findByText('run-000417')
    expect(
      within(trail)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/', '/workflows', '/workflows/wf-immunopeptidomics-discovery/runs'])
  })
})

/** docs/decisions/011: a loader never throws for data; the page explains the failure in place, inside the shell. */
describe('first-load failures', () => {
  it('explains a list that fails on first load on its own page, with Retry, and keeps the shell', async () => {
    setScenario('fail-500-workflows')
    renderRoute('/workflows', { as: 'admin' })
    expect(await screen.findByRole('heading', { name: 'Workflows', level: 1 })).toBeInTheDocument()
    expect(await screen.findByText('The server failed to answer')).toBeInTheDocument()
    expect(screen.getByText(/Request id/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open navigation' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search workflows' })).toBeInTheDocument()

    setScenario('default')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('table', { name: 'Workflows' })).toBeInTheDocument()
    expect(screen.queryByText('The server failed to answer')).not.toBeInTheDocument()
  })

  it('keeps the module run list’s header and filters when the list fails on first load', async () => {
    setScenario('fail-503-moduleRuns')
    renderRoute('/runs', { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Module runs', level: 1 })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open navigation' })).toBeInTheDocument()
  })

  it('shows Run History when only its workflow fails to load, and names what is missing', async () => {
    setScenario('fail-500-workflow')
    renderRoute('/workflows/wf-immunopeptidomics-discovery/runs', { as: 'scientist' })
    expect(await screen.findByText(/The workflow could not be loaded/)).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'wf-immunopeptidomics-discovery', level: 1 })).toBeInTheDocument()
    expect(await screen.findByRole('table', { name: /runs/i })).toBeInTheDocument()
  })
})
