import { HttpResponse } from 'msw'
import { http } from '../runtime/http'
import { DemoUserList } from '../../src/shared/contract/demo'
import { api } from '../runtime/route'
import { json, resetRuntime } from '../runtime/api'
import { resetStores } from '../runtime/persistence'
import { DEMO_USERS } from '../fixtures/users'
import { findOrganization } from '../stores/organizationStore'

/** Demo-only controls, nothing in the real API: the sign-in page's user picker and "Reset demo data". */
export const demoHandlers = [
  http.get(api('/__demo/users'), () =>
    json(DemoUserList, {
      items: DEMO_USERS.map((user) => ({
        id: user.id,
        name: user.name,
        email: user.email,
        persona: user.persona,
        roles: [...new Set([...(user.isSuperuser ? ['superuser'] : []), ...user.memberships.flatMap((m) => m.roles)])],
        organizations: user.memberships.map((m) => ({ id: m.orgId, name: findOrganization(m.orgId)?.name ?? m.orgId })),
      })),
    }),
  ),
  http.post(api('/__demo/reset'), () => {
    resetStores()
    resetRuntime()
    return new HttpResponse(null, { status: 204 })
  }),
]
