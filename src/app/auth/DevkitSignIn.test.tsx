import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEVKIT_DEMO_API_KEY } from '../../../mocks/runtime/devkitApi'
import { resetDemo } from '../../../mocks/testing'
import { apiKindQueries } from '@/shared/api/detectApi'
import { setHttpSleep } from '@/shared/api/http'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

/** jsdom has no media queries, so the shell is in its narrow layout: open the navigation as a phone user would. */
async function navLinks() {
  await userEvent.click(await screen.findByRole('button', { name: 'Open navigation' }))
  const nav = await screen.findByRole('navigation', { name: 'Main' })
  const links = within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent)
  await userEvent.keyboard('{Escape}')
  return links
}

describe('sign-in against a local devkit API', () => {
  it('continues as the local developer into the shell, naming the API and hiding what it lacks', async () => {
    resetDemo('devkit')
    const { router } = renderRoute('/modules')
    await userEvent.click(await screen.findByRole('button', { name: 'Continue with the local devkit' }))
    const list = await screen.findByRole('list', { name: 'Modules' })
    expect(within(list).getByRole('link', { name: 'Local Devkit Example' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/modules')
    expect(screen.getByRole('status', { name: 'Local devkit' })).toHaveTextContent('hla-compass-devkit-api')
    expect(screen.getByRole('status', { name: 'Local devkit' })).toHaveTextContent('/api')
    expect(await navLinks()).toEqual(['Home', 'Modules', 'Module runs', 'Local devkit', 'Module harness'])
  })

  it('keeps the API key for writes and signs out like any session', async () => {
    resetDemo('devkit-key')
    renderRoute('/modules')
    await userEvent.type(await screen.findByLabelText('API key (optional)'), DEVKIT_DEMO_API_KEY)
    await userEvent.click(screen.getByRole('button', { name: 'Continue with the local devkit' }))
    await screen.findByRole('list', { name: 'Modules' })
    expect(sessionSnapshot().devkit).toMatchObject({ apiKey: DEVKIT_DEMO_API_KEY })
    await userEvent.click(screen.getByRole('button', { name: 'Account menu for Local developer' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }))
    await screen.findByRole('heading', { name: 'Sign in to HLA-Compass' })
    expect(sessionSnapshot().devkit).toBeNull()
  })

  it('offers no devkit entry on the platform', async () => {
    const { queryClient } = renderRoute('/modules')
    await screen.findAllByRole('button', { name: /^Sign in as / })
    // The probe has answered "platform": only then does the absence of the entry mean anything.
    await waitFor(() => expect(queryClient.getQueryData(apiKindQueries.kind().queryKey)).toEqual({ kind: 'platform' }))
    expect(screen.queryByRole('button', { name: 'Continue with the local devkit' })).not.toBeInTheDocument()
  })
})
