import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { AppProviders } from '@/app/App'
import { createQueryClient } from '@/app/queryClient'
import { resetSessionStore, sessionSnapshot } from '@/shared/stores/sessionStore'
import { signInAs } from '@/test/renderRoute'
import { NavigationFallback } from '../layout/NavigationFallback'
import { RootErrorBoundary } from './RootErrorBoundary'

/** A route table whose only page fails in a way no route boundary catches. */
function renderFailingPage() {
  const router = createMemoryRouter(
    [
      {
        ErrorBoundary: RootErrorBoundary,
        HydrateFallback: NavigationFallback,
        children: [
          {
            path: '/broken',
            loader: () => {
              throw new Error('The page broke.')
            },
            Component: () => null,
          },
          { path: '/login', Component: () => <h1>Sign in to HLA-Compass</h1> },
        ],
      },
    ],
    { initialEntries: ['/broken'] },
  )
  render(<AppProviders queryClient={createQueryClient()} router={router} />)
  return router
}

describe('RootErrorBoundary', () => {
  it('offers sign-out when there is a session to leave, and it signs out for real', async () => {
    resetSessionStore()
    signInAs('scientist')
    const router = renderFailingPage()
    expect(await screen.findByText('The page broke.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }))
    await screen.findByRole('heading', { name: 'Sign in to HLA-Compass' })
    expect(router.state.location.pathname).toBe('/login')
    expect(sessionSnapshot()).toMatchObject({ accessToken: null, refreshToken: null, identity: null })
  })

  it('offers no sign-out without a session', async () => {
    resetSessionStore()
    renderFailingPage()
    expect(await screen.findByText('The page broke.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go home' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
  })
})
