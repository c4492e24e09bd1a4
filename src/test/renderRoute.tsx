import { render } from '@testing-library/react'
import { createMemoryRouter } from 'react-router'
import { AppProviders } from '@/app/App'
import { createQueryClient } from '@/app/queryClient'
import { createRoutes } from '@/app/routes'
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
export function renderRoute(path: string, options: { as?: DemoPersona } = {}) {
  resetSessionStore()
  if (options.as) signInAs(options.as)
  const queryClient = createQueryClient()
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] })
  const view = render(<AppProviders queryClient={queryClient} router={router} />)
  return { ...view, router, queryClient }
}
