import { waitFor } from '@testing-library/react'
import { http as mock, HttpResponse, type JsonBodyType } from 'msw'
import { z } from 'zod'
import { server } from '../../../mocks/node'
import { cursorPage } from '@/shared/contract/primitives'
import { sessionActions, sessionSnapshot } from '@/shared/stores/sessionStore'
import { ApiError } from './ApiError'
import { http, newIdempotencyKey, retryAfterMs } from './http'
import { reauthSucceeded, refreshSession } from './session'
import { failureOf, signedInWithRecordedSleeps } from '@/test/httpTesting'

const Thing = z.object({ id: z.string(), size: z.number() })
const sleeps = signedInWithRecordedSleeps()

describe('http() response tolerance', () => {
  it('reads the {success, data} wrapper as its data', async () => {
    server.use(mock.get('/api/t', () => HttpResponse.json({ success: true, data: { id: 'a', size: 1 } })))
    await expect(http('/t', Thing)).resolves.toEqual({ id: 'a', size: 1 })
  })

  it('reads a list under results as items', async () => {
    server.use(mock.get('/api/t', () => HttpResponse.json({ results: [{ id: 'a', size: 1 }], nextCursor: null })))
    const page = await http('/t', cursorPage(Thing))
    expect(page.items).toEqual([{ id: 'a', size: 1 }])
    expect(page.hasMore).toBe(false)
  })

  it('turns a body that departs from the contract into INVALID_RESPONSE naming the field', async () => {
    server.use(mock.get('/api/t', () => HttpResponse.json({ id: 'a', size: 'big' }, { headers: { 'X-Request-Id': 'req-9' } })))
    const error = await failureOf(http('/t', Thing))
    expect(error.code).toBe('INVALID_RESPONSE')
    expect(error.fieldPath).toBe('size')
    expect(error.requestId).toBe('req-9')
    expect(error.message).toMatch(/unexpected shape/)
  })

  it('explains a success body that is not JSON', async () => {
    server.use(mock.get('/api/t', () => new HttpResponse('{"id": "a", "si', { status: 200 })))
    expect((await failureOf(http('/t', Thing))).code).toBe('INVALID_RESPONSE')
  })
})

describe('http() error envelopes', () => {
  const cases: [string, JsonBodyType, number, { code: string; message: string; fields?: unknown }][] = [
    [
      'canonical',
      { error: { code: 'CONFLICT', message: 'Taken.', details: { reason: 'duplicate_pattern' }, requestId: 'r1' } },
      409,
      { code: 'CONFLICT', message: 'Taken.' },
    ],
    [
      'error.message without code',
      { error: { message: 'No such thing.' } },
      404,
      { code: 'NOT_FOUND', message: 'No such thing.' },
    ],
    ['message and code', { message: 'Slow down.', code: 'RATE_LIMITED' }, 400, { code: 'RATE_LIMITED', message: 'Slow down.' }],
    ['detail text', { detail: 'Not authenticated' }, 403, { code: 'FORBIDDEN', message: 'Not authenticated' }],
    [
      'pydantic detail list',
      { detail: [{ loc: ['body', 'parameters', 'peptides', 3], msg: 'too long', type: 'value_error' }] },
      422,
      {
        code: 'VALIDATION_FAILED',
        message: 'Some values are not valid.',
        fields: [{ field: 'parameters.peptides[3]', message: 'too long' }],
      },
    ],
    ['error text with type', { error: 'Boom', type: 'internal' }, 500, { code: 'INTERNAL', message: 'Boom' }],
  ]
  it.each(cases)('reads the %s shape into an ApiError', async (_name, body, status, expected) => {
    server.use(mock.post('/api/t', () => HttpResponse.json(body, { status })))
    const error = await failureOf(http('/t', Thing, { method: 'POST', body: {}, idempotencyKey: 'k' }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(status)
    expect(error.code).toBe(expected.code)
    expect(error.message).toBe(expected.message)
    if (expected.fields) expect(error.fieldErrors).toEqual(expected.fields)
  })

  it('cuts messages longer than 500 characters', async () => {
    server.use(
      mock.get('/api/t', () => HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'x'.repeat(900) } }, { status: 404 })),
    )
    expect((await failureOf(http('/t', Thing))).message).toHaveLength(500)
  })

  it('explains an HTML 502 page from a proxy', async () => {
    server.use(
      mock.get(
        '/api/t',
        () => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    )
    const error = await failureOf(http('/t', Thing))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('The server answered 502 Bad Gateway.')
  })
})

describe('http() retry and idempotency rules', () => {
  it('retries a GET on 5xx with backoff and a fresh request id per attempt', async () => {
    const ids: (string | null)[] = []
    let attempts = 0
    server.use(
      mock.get('/api/t', ({ request }) => {
        ids.push(request.headers.get('X-Request-Id'))
        attempts += 1
        return attempts < 3
          ? HttpResponse.json({ error: { code: 'INTERNAL', message: 'x' } }, { status: 503 })
          : HttpResponse.json({ id: 'a', size: 1 })
      }),
    )
    await expect(http('/t', Thing)).resolves.toEqual({ id: 'a', size: 1 })
    expect(attempts).toBe(3)
    expect(new Set(ids).size).toBe(3)
    expect(sleeps).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThanOrEqual(400)
    expect(sleeps[1]).toBeGreaterThanOrEqual(800)
  })

  it('gives up after three retries and reports the last failure', async () => {
    let attempts = 0
    server.use(
      mock.get(
        '/api/t',
        () => (attempts++, HttpResponse.json({ error: { code: 'INTERNAL', message: 'down' } }, { status: 500 })),
      ),
    )
    expect((await failureOf(http('/t', Thing))).message).toBe('down')
    expect(attempts).toBe(4)
  })

  it('does not retry a 4xx', async () => {
    let attempts = 0
    server.use(
      mock.get(
        '/api/t',
        () => (attempts++, HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'gone' } }, { status: 404 })),
      ),
    )
    await failureOf(http('/t', Thing))
    expect(attempts).toBe(1)
  })

  it('retries a network failure of a GET and then explains NETWORK_ERROR', async () => {
    server.use(mock.get('/api/t', () => HttpResponse.error()))
    expect((await failureOf(http('/t', Thing))).code).toBe('NETWORK_ERROR')
    expect(sleeps).toHaveLength(3)
  })

  it('retries a write only with the same Idempotency-Key', async () => {
    const keys: (string | null)[] = []
    server.use(
      mock.post('/api/t', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'))
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json({ id: 'a', size: 1 }, { status: 201 })
      }),
    )
    const key = newIdempotencyKey()
    await http('/t', Thing, { method: 'POST', body: { size: 1 }, idempotencyKey: key })
    expect(keys).toEqual([key, key])
  })

  it('refuses to send a write without an idempotency key', async () => {
    await expect(http('/t', Thing, { method: 'DELETE' })).rejects.toThrow(/idempotency key/)
  })

  it('waits for Retry-After on 429 and retries once', async () => {
    let attempts = 0
    server.use(
      mock.get('/api/t', () =>
        ++attempts === 1
          ? HttpResponse.json(
              { error: { code: 'RATE_LIMITED', message: 'slow' } },
              { status: 429, headers: { 'Retry-After': '2' } },
            )
          : HttpResponse.json({ id: 'a', size: 1 }),
      ),
    )
    await http('/t', Thing)
    expect(sleeps).toEqual([2000])
  })

  it('reads Retry-After as seconds or an HTTP date, capped at 60 s', () => {
    const now = Date.parse('2026-01-15T12:00:00Z')
    expect(retryAfterMs('5', now)).toBe(5000)
    expect(retryAfterMs('Thu, 15 Jan 2026 12:00:10 GMT', now)).toBe(10_000)
    expect(retryAfterMs('600', now)).toBe(60_000)
  })

  it('stops at once when the caller aborts', async () => {
    server.use(mock.get('/api/t', () => HttpResponse.json({ error: { code: 'INTERNAL', message: 'x' } }, { status: 503 })))
    const controller = new AbortController()
    controller.abort()
    await expect(http('/t', Thing, { signal: controller.signal })).rejects.toThrow()
    expect(sleeps).toHaveLength(0)
  })
})

describe('http() expired sessions', () => {
  const protectedThing = (tokens: string[]) =>
    mock.get('/api/t', ({ request }) => {
      const auth = request.headers.get('Authorization')
      tokens.push(auth ?? '')
      return auth === 'Bearer access-2'
        ? HttpResponse.json({ id: 'a', size: 1 })
        : HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'expired' } }, { status: 401 })
    })

  it('refreshes once for all waiting calls and replays them', async () => {
    let refreshes = 0
    const tokens: string[] = []
    server.use(
      protectedThing(tokens),
      mock.post(
        '/api/v1/auth/refresh',
        () => (refreshes++, HttpResponse.json({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 })),
      ),
    )
    const results = await Promise.all([http('/t', Thing), http('/t', Thing), http('/t', Thing)])
    expect(results).toHaveLength(3)
    expect(refreshes).toBe(1)
    expect(sessionSnapshot().refreshToken).toBe('refresh-2')
  })

  it('asks the user to sign in again when the refresh fails, then replays the call', async () => {
    const tokens: string[] = []
    server.use(
      protectedThing(tokens),
      mock.post('/api/v1/auth/refresh', () =>
        HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'gone' } }, { status: 401 }),
      ),
    )
    const pending = http('/t', Thing)
    await waitFor(() => expect(sessionSnapshot().reauthRequired).toBe(true))
    sessionActions().signedIn({ access_token: 'access-2', refresh_token: 'refresh-3', expires_in: 3600 })
    reauthSucceeded()
    await expect(pending).resolves.toEqual({ id: 'a', size: 1 })
    expect(sessionSnapshot().reauthRequired).toBe(false)
  })

  it('keeps the sign-in dialog open through a refresh made meanwhile: the call waiting on it is not stranded', async () => {
    // The server refuses this call whatever the token (a grant taken away, a proxy's 401), while refreshes go through.
    let refused = true
    server.use(
      mock.get('/api/t', () =>
        refused
          ? HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'refused' } }, { status: 401 })
          : HttpResponse.json({ id: 'a', size: 1 }),
      ),
      mock.post('/api/v1/auth/refresh', () =>
        HttpResponse.json({ access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 3600 }),
      ),
    )
    const pending = http('/t', Thing)
    await waitFor(() => expect(sessionSnapshot().reauthRequired).toBe(true))
    // The keep-alive (or another call meeting a 401) refreshes the tokens while the dialog is up.
    await expect(refreshSession()).resolves.toBe(true)
    expect(sessionSnapshot().reauthRequired).toBe(true)

    refused = false
    sessionActions().signedIn({ access_token: 'access-3', refresh_token: 'refresh-3', expires_in: 3600 })
    reauthSucceeded()
    await expect(pending).resolves.toEqual({ id: 'a', size: 1 })
  })

  it('fails a call still refused after the user signed in again, explained, instead of asking again', async () => {
    server.use(
      mock.get('/api/t', () =>
        HttpResponse.json(
          { error: { code: 'UNAUTHENTICATED', message: 'Grant revoked.' } },
          { status: 401, headers: { 'X-Request-Id': 'req-401' } },
        ),
      ),
      mock.post('/api/v1/auth/refresh', () =>
        HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'gone' } }, { status: 401 }),
      ),
    )
    const pending = failureOf(http('/t', Thing))
    await waitFor(() => expect(sessionSnapshot().reauthRequired).toBe(true))
    sessionActions().signedIn({ access_token: 'access-3', refresh_token: 'refresh-3', expires_in: 3600 })
    reauthSucceeded()

    const error = await pending
    expect(error.status).toBe(401)
    expect(error.code).toBe('REFUSED_AFTER_SIGN_IN')
    expect(error.requestId).toBe('req-401')
    expect(error.message).toMatch(/^The server refused this call again after you signed in \(Grant revoked\)\./)
    expect(sessionSnapshot().reauthRequired).toBe(false)
  })
})
