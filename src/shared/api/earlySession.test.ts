import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { fetchMe } from '@/shared/auth/meQueries'
import type { Me } from '@/shared/contract/auth'
import { resetSessionStore, sessionActions, sessionSnapshot } from '@/shared/stores/sessionStore'
import earlyScript from './earlySession.classic.js?raw'
import { setHttpSleep } from './http'
import { refreshSession } from './session'

// A full load's session restore asked for by the HTML's early script (issue 16; decision 014, sixth pass): the
// console reads those answers as its own, once, and only for the session they belong to.

const ME: Me = {
  id: 'u-jonas',
  email: 'jonas.weber@acme-immuno.example',
  name: 'Jonas Weber',
  roles: ['scientist'],
  organizations: [{ id: 'org-acme', slug: 'acme', name: 'Acme Immunology', roles: ['scientist'] }],
  activeOrgId: 'org-acme',
  isSuperuser: false,
}

const PRIYA: Me = { ...ME, id: 'u-priya', email: 'priya.raman@hla-compass.io', name: 'Priya Raman' }

type Seen = { refresh: string[]; me: string[] }

/** The platform's auth endpoints: `stored` refreshes into `access-2`/`rotated`; `me` knows `access-2` and `access-3`. */
function platform({ meStatus = [200] }: { meStatus?: number[] } = {}): Seen {
  const seen: Seen = { refresh: [], me: [] }
  server.use(
    mock.post('/api/v1/auth/refresh', async ({ request }) => {
      const { refresh_token: token } = (await request.json()) as { refresh_token: string }
      seen.refresh.push(token)
      return token === 'stored'
        ? HttpResponse.json({ access_token: 'access-2', refresh_token: 'rotated', expires_in: 900 })
        : HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'Refresh token expired.' } }, { status: 401 })
    }),
    mock.get('/api/v1/auth/me', ({ request }) => {
      const token = request.headers.get('Authorization') ?? ''
      seen.me.push(token)
      const status = meStatus[seen.me.length - 1] ?? 200
      if (status !== 200) return HttpResponse.json({ error: { code: 'UNAVAILABLE', message: 'busy' } }, { status })
      const who = { 'Bearer access-2': ME, 'Bearer access-3': PRIYA }[token]
      return who ? HttpResponse.json(who) : HttpResponse.json({}, { status: 401 })
    }),
  )
  return seen
}

/** The page's HTML: the early script runs with the build's API base, before any of the console's code. */
function runEarlyScript(storedRefreshToken: string | null) {
  if (storedRefreshToken) sessionStorage.setItem('hla-compass-refresh-token', storedRefreshToken)
  const element = document.createElement('script')
  element.setAttribute('data-api-base', '/api')
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => element })
  try {
    new Function(earlyScript)()
  } finally {
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null })
  }
}

/**
 * A reload of a signed-in tab: the early script spends `spent` and its answers arrive; then the console starts, holding
 * the refresh token `held` (the same one, unless the tab's session changed).
 */
async function reloadWithEarlyScript(spent: string, held = spent) {
  runEarlyScript(spent)
  await window.__hlaCompassEarlySession?.me
  resetSessionStore({ refreshToken: held })
}

beforeEach(() => {
  setHttpSleep(async () => undefined)
  delete window.__hlaCompassEarlySession
})

describe('the early session restore', () => {
  it('hands its refresh and `me` to the console, which asks for neither again', async () => {
    const seen = platform()
    await reloadWithEarlyScript('stored')

    expect(await refreshSession()).toBe(true)
    expect(await fetchMe()).toEqual(ME)

    expect(seen).toEqual({ refresh: ['stored'], me: ['Bearer access-2'] })
    expect(sessionSnapshot()).toMatchObject({ accessToken: 'access-2', refreshToken: 'rotated' })
    expect(sessionSnapshot().identity).toMatchObject({ userId: 'u-jonas', orgId: 'org-acme' })
    expect(sessionStorage.getItem('hla-compass-refresh-token')).toBe('rotated')
    // Taken once: the next refresh (the keep-alive's) asks the server with the rotated token.
    await refreshSession()
    expect(seen.refresh).toEqual(['stored', 'rotated'])
  })

  it('does nothing without a stored refresh token', async () => {
    const seen = platform()
    runEarlyScript(null)
    expect(window.__hlaCompassEarlySession).toBeUndefined()
    expect(seen).toEqual({ refresh: [], me: [] })
  })

  it('is ignored by a session holding another refresh token, which refreshes for itself', async () => {
    const seen = platform()
    await reloadWithEarlyScript('stale', 'stored')

    expect(await refreshSession()).toBe(true)
    expect(seen.refresh).toEqual(['stale', 'stored'])
    expect(window.__hlaCompassEarlySession).toBeUndefined()
  })

  it('passes on a refused refresh as the console’s own: no session, and no `me` asked for', async () => {
    const seen = platform()
    await reloadWithEarlyScript('expired')

    expect(await refreshSession()).toBe(false)
    expect(seen).toEqual({ refresh: ['expired'], me: [] })
  })

  it('reads a failed early `me` like any answer of its own: the console retries it', async () => {
    const seen = platform({ meStatus: [503] })
    await reloadWithEarlyScript('stored')

    await refreshSession()
    expect(await fetchMe()).toEqual(ME)
    expect(seen.me).toEqual(['Bearer access-2', 'Bearer access-2'])
  })

  it('keeps its `me` from a session that changed meanwhile: the new one asks for itself', async () => {
    const seen = platform()
    await reloadWithEarlyScript('stored')

    await refreshSession()
    sessionActions().signedIn({ access_token: 'access-3', refresh_token: 'other', expires_in: 900 })
    expect(await fetchMe()).toEqual(PRIYA)
    expect(seen.me).toEqual(['Bearer access-2', 'Bearer access-3'])
  })
})
