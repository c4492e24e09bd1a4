import { HttpResponse } from 'msw'
import { http } from '../runtime/http'
import { DemoUserList } from '../../src/shared/contract/demo'
import { demoControl, readJson } from '../runtime/route'
import { json, resetRuntime } from '../runtime/api'
import { resetStores } from '../runtime/persistence'
import { DEMO_USERS } from '../fixtures/users'
import { findOrganization } from '../stores/organizationStore'
import { expireSession, failNext, FailNextRequest } from '../runtime/injectedFaults'
import { jsonResponse } from '../runtime/jsonResponse'

/** A refused demo control, in the canonical error envelope (these controls do not go through `withApi`). */
const invalidControl = (fields: { field: string; message: string }[]) =>
  jsonResponse(
    {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'The demo control is not valid.',
        details: { fields },
        requestId: crypto.randomUUID(),
      },
    },
    { status: 422 },
  )

/**
 * Demo-only controls, nothing in the real API: the sign-in page's user picker, "Reset demo data", and faults a test
 * injects in the middle of a flow (mocks/README.md "Injected faults").
 */
export const demoHandlers = [
  http.get(demoControl('users'), () =>
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
  http.post(demoControl('reset'), () => {
    resetStores()
    resetRuntime()
    return new HttpResponse(null, { status: 204 })
  }),
  http.post(demoControl('expire-session'), () => {
    expireSession()
    return new HttpResponse(null, { status: 204 })
  }),
  http.post(demoControl('fail-next'), async ({ request }) => {
    const parsed = FailNextRequest.safeParse(await readJson(request))
    if (!parsed.success)
      return invalidControl(parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })))
    failNext(parsed.data)
    return new HttpResponse(null, { status: 204 })
  }),
]
