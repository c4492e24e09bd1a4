import { waitFor } from '@testing-library/react'
import { http as mock, HttpResponse } from 'msw'
import { z } from 'zod'
import { server } from '../../../mocks/node'
import { resetSessionStore, sessionActions, sessionSnapshot, type Identity } from '@/shared/stores/sessionStore'
import type { ApiError } from './ApiError'
import { http, newIdempotencyKey, setHttpSleep } from './http'
import { reauthSucceeded } from './session'

// A call is only ever sent under the identity that made it (DEVELOPERS.md "Security"; issue 12).

const Saved = z.object({ id: z.string() })
const JONAS: Identity = { userId: 'u-jonas', orgId: 'org-acme', userName: 'Jonas Weber', orgName: 'Acme Immunology' }
const PRIYA: Identity = { userId: 'u-priya', orgId: 'org-hla', userName: 'Priya Raman', orgName: 'HLA-Compass Platform' }
const JONAS_ELSEWHERE: Identity = { ...JONAS, orgId: 'org-northwind', orgName: 'Northwind Biosciences' }

/** Every request that reached the server: its token and idempotency key. */
type Received = { token: string | null; key: string | null }

/** POST /api/save answers 401 to the first token and saves for any later one; refresh is refused (session lost). */
function sessionEndsOnSave(received: Received[]) {
  server.use(
    mock.post('/api/save', ({ request }) => {
      const token = request.headers.get('Authorization')
      received.push({ token, key: request.headers.get('Idempotency-Key') })
      return token === 'Bearer access-1'
        ? HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'expired' } }, { status: 401 })
        : HttpResponse.json({ id: 'saved' }, { status: 201 })
    }),
    mock.post('/api/v1/auth/refresh', () =>
      HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'gone' } }, { status: 401 }),
    ),
  )
}

/** The user signs in over the page as `who`; `me` has answered, so the new tokens are identified. */
function signInAgainAs(who: Identity) {
  sessionActions().signedIn({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 })
  sessionActions().identified(who)
  return reauthSucceeded()
}

async function saveUntilTheSessionEnds(received: Received[]) {
  const key = newIdempotencyKey()
  const pending = http('/save', Saved, { method: 'POST', body: { name: 'x' }, idempotencyKey: key })
  await waitFor(() => expect(sessionSnapshot().reauthRequired).toBe(true))
  expect(received).toHaveLength(1)
  return { key, pending }
}

beforeEach(() => {
  setHttpSleep(async () => undefined)
  resetSessionStore()
  sessionActions().signedIn({ access_token: 'access-1', refresh_token: 'refresh-1', expires_in: 3600 })
  sessionActions().identified(JONAS)
})

describe('waiting calls after signing in again', () => {
  it('replays a write once, with its idempotency key, when the same person is back in the same organization', async () => {
    const received: Received[] = []
    sessionEndsOnSave(received)
    const { key, pending } = await saveUntilTheSessionEnds(received)
    expect(signInAgainAs(JONAS)).toEqual([])
    await expect(pending).resolves.toEqual({ id: 'saved' })
    expect(received).toEqual([
      { token: 'Bearer access-1', key },
      { token: 'Bearer access-2', key },
    ])
  })

  it('never sends a write as another person: it fails with SESSION_CHANGED naming both', async () => {
    const received: Received[] = []
    sessionEndsOnSave(received)
    const { pending } = await saveUntilTheSessionEnds(received)
    const dropped = signInAgainAs(PRIYA)
    const error = (await pending.catch((e: unknown) => e)) as ApiError
    expect(error.code).toBe('SESSION_CHANGED')
    expect(error.message).toContain('started as Jonas Weber in Acme Immunology')
    expect(error.message).toContain('signed in as Priya Raman')
    expect(dropped).toEqual([{ owner: JONAS, method: 'POST', endpoint: '/save' }])
    expect(received).toHaveLength(1)
  })

  it('never sends a write in another organization of the same person', async () => {
    const received: Received[] = []
    sessionEndsOnSave(received)
    const { pending } = await saveUntilTheSessionEnds(received)
    signInAgainAs(JONAS_ELSEWHERE)
    await expect(pending).rejects.toMatchObject({ code: 'SESSION_CHANGED' })
    expect(received).toHaveLength(1)
  })

  it('sends nothing while nobody is identified yet after a new sign-in', async () => {
    const received: Received[] = []
    sessionEndsOnSave(received)
    const { pending } = await saveUntilTheSessionEnds(received)
    sessionActions().signedIn({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 })
    expect(reauthSucceeded()).toHaveLength(1)
    await expect(pending).rejects.toMatchObject({ code: 'SESSION_CHANGED' })
    expect(received).toHaveLength(1)
  })
})

describe('retries after the identity changed', () => {
  it('stops retrying a failed write once another organization holds the session', async () => {
    let attempts = 0
    server.use(mock.post('/api/save', () => (attempts++, HttpResponse.json({}, { status: 503 }))))
    // The organization switch happens while the write waits for its first backoff.
    setHttpSleep(async () => {
      sessionActions().signedIn({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 })
      sessionActions().identified(JONAS_ELSEWHERE)
    })
    const pending = http('/save', Saved, { method: 'POST', body: {}, idempotencyKey: newIdempotencyKey() })
    await expect(pending).rejects.toMatchObject({ code: 'SESSION_CHANGED', endpoint: '/save' })
    expect(attempts).toBe(1)
  })

  it('keeps the identity across a token refresh', async () => {
    server.use(
      mock.get('/api/thing', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer access-2'
          ? HttpResponse.json({ id: 'thing' })
          : HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'expired' } }, { status: 401 }),
      ),
      mock.post('/api/v1/auth/refresh', () =>
        HttpResponse.json({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 }),
      ),
    )
    await expect(http('/thing', Saved)).resolves.toEqual({ id: 'thing' })
    expect(sessionSnapshot().identity).toEqual(JONAS)
  })
})
