import { http } from '../runtime/http'
import { LoginRequest, Me, RefreshRequest, SwitchOrgRequest, TokenPair } from '../../src/shared/contract/auth'
import { json, MockHttpError, withApi, type Actor } from '../runtime/api'
import { readJson, route } from '../runtime/route'
import { decodeToken, issueTokens } from '../runtime/tokens'
import { DEMO_USERS, findUser, findUserByEmail, type DemoUser } from '../fixtures/users'
import { findOrganization, organizationsForUser } from '../stores/organizationStore'
import { parseBody } from '../runtime/validate'

const unauthenticated = (message: string) => new MockHttpError(401, 'UNAUTHENTICATED', message)

function defaultOrg(user: DemoUser): string {
  return user.memberships[0]?.orgId ?? 'org-0001'
}

function meFor(actor: Actor) {
  const user = findUser(actor.userId)!
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: actor.roles,
    isSuperuser: user.isSuperuser,
    activeOrgId: actor.orgId,
    organizations: organizationsForUser(user).map((org) => ({
      id: org.id,
      slug: org.slug,
      name: org.name,
      roles: [
        ...(user.isSuperuser ? (['superuser'] as const) : []),
        ...(user.memberships.find((m) => m.orgId === org.id)?.roles ?? []),
      ],
    })),
  }
}

/** Auth (api-contract §4): any password signs a demo user in; tokens expire on the demo clock. */
export const authHandlers = [
  http.post(
    route('login'),
    withApi(
      'login',
      async ({ request }) => {
        const body = parseBody(LoginRequest, await readJson(request))
        const user = findUserByEmail(body.email)
        if (!user) throw unauthenticated('The email or password is not correct.')
        return json(TokenPair, issueTokens(user.id, defaultOrg(user)))
      },
      { auth: false },
    ),
  ),
  http.post(
    route('refresh'),
    withApi(
      'refresh',
      async ({ request }) => {
        const body = parseBody(RefreshRequest, await readJson(request))
        const claims = decodeToken(body.refresh_token)
        if (!claims || claims.kind !== 'refresh' || claims.expired || !findUser(claims.userId))
          throw unauthenticated('Your session has ended. Sign in again.')
        return json(TokenPair, issueTokens(claims.userId, claims.orgId))
      },
      { auth: false },
    ),
  ),
  http.get(
    route('me'),
    withApi('me', ({ actor }) => json(Me, meFor(actor))),
  ),
  http.post(
    route('switchOrg'),
    withApi('switchOrg', async ({ request, actor }) => {
      const { orgId } = parseBody(SwitchOrgRequest, await readJson(request))
      const user = findUser(actor.userId)!
      const isMember = user.memberships.some((m) => m.orgId === orgId)
      if (!isMember && !(user.isSuperuser && findOrganization(orgId)))
        throw new MockHttpError(403, 'FORBIDDEN', `You are not a member of ${orgId}.`, { reason: 'not_member' })
      return json(TokenPair, issueTokens(user.id, orgId))
    }),
  ),
]

export { DEMO_USERS }
