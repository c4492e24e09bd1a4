import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter } from 'react-router'
import { AppProviders } from '@/app/App'
import { createQueryClient } from '@/app/queryClient'
import { createRoutes } from '@/app/routes'
import { meQueries } from '@/shared/auth/meQueries'
import type { TokenPair } from '@/shared/contract/auth'
import { resetSessionStore, sessionActions } from '@/shared/stores/sessionStore'
import { DEMO_USERS } from '../../mocks/fixtures/users'
import { issueTokens } from '../../mocks/runtime/tokens'

export type DemoPersona = 'superuser' | 'admin' | 'developer' | 'scientist' | 'multi-org'

const PERSONA_USER: Record<DemoPersona, string> = {
  superuser: 'usr-0001',
  admin: 'usr-0002',
  developer: 'usr-0003',
  scientist: 'usr-0004',
  'multi-org': 'usr-0005',
}

/** Signs a demo user in as the login page would (tokens from the demo backend's issuer). */
export function signInAs(persona: DemoPersona) {
  const user = DEMO_USERS.find((u) => u.id === PERSONA_USER[persona])!
  sessionActions().signedIn(issueTokens(user.id, user.memberships[0]!.orgId))
  return user
}

/** Renders the real route table at `path` with a fresh query client (no retries at the cache level). */
export function renderRoute(
  path: string,
  options: { as?: DemoPersona; devkit?: { apiKey: string | null }; tokens?: TokenPair } = {},
) {
  resetSessionStore()
  if (options.as) signInAs(options.as)
  // A token from elsewhere (pasted on the sign-in page): nobody the demo backend issued it to.
  if (options.tokens) sessionActions().signedIn(options.tokens)
  if (options.devkit) sessionActions().devkitEntered(options.devkit)
  const queryClient = createQueryClient()
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] })
  const view = render(<AppProviders queryClient={queryClient} router={router} />)
  return { ...view, router, queryClient }
}

/**
 * Renders one component as a signed-in user would see it (`as`, or whoever the test signed in): fresh query client with `me` loaded, the app's providers,
 * and a memory router at `path` (so URL state works). For route-level tests use `renderRoute`.
 */
export async function renderSignedIn(ui: ReactNode, options: { as?: DemoPersona; path?: string } = {}) {
  if (options.as) {
    resetSessionStore()
    signInAs(options.as)
  }
  const queryClient = createQueryClient()
  await queryClient.fetchQuery(meQueries.me())
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [options.path ?? '/'] })
  const view = render(<AppProviders queryClient={queryClient} router={router} />)
  return { ...view, router, queryClient }
}
