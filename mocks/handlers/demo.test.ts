import { API_BASE } from '../../src/shared/contract/apiBase'
import { Me, TokenPair } from '../../src/shared/contract/auth'
import { Registry, RegistryPage } from '../../src/shared/contract/registries'
import { issueTokens } from '../runtime/tokens'
import { AS, callApi, errorOf, expectOk } from '../testing'

const REGS = '/v1/organizations/org-0002/registries'
const NEW_REGISTRY = { provider: 'ghcr', host: 'ghcr.io', namespaces: ['ghcr.io/acme-faults/*'] }

/** A demo control, called the way an e2e test calls it from the page: no token, no idempotency key. */
async function control(name: string, body?: unknown) {
  const response = await fetch(`${API_BASE}/__demo/${name}`, {
    method: 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, text, json: (text ? JSON.parse(text) : null) as unknown }
}

async function postJson(path: string, body: unknown) {
  const response = await fetch(`${API_BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as unknown }
}

const registryCount = async () => expectOk(RegistryPage, await callApi(AS.tomas, `${REGS}?limit=100`)).items.length

describe('demo control: expire the session', () => {
  it('refuses every authenticated call and the refresh until the user signs in again', async () => {
    const before = issueTokens(...AS.jonas)
    expect((await callApi(AS.jonas, '/v1/auth/me')).status).toBe(200)

    expect((await control('expire-session')).status).toBe(204)
    const refused = await callApi(AS.jonas, '/v1/workflows')
    expect(errorOf(refused)).toMatchObject({ status: 401, error: { code: 'UNAUTHENTICATED' } })
    const refresh = await postJson('/v1/auth/refresh', { refresh_token: before.refresh_token })
    expect(refresh.status).toBe(401)

    const login = await postJson('/v1/auth/login', { email: 'jonas.weber@acme-immuno.example', password: 'any' })
    const tokens = TokenPair.parse(login.json)
    const me = await fetch(`${API_BASE}/v1/auth/me`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })
    expect(Me.parse(await me.json())).toMatchObject({ email: 'jonas.weber@acme-immuno.example' })
  })

  it('is forgotten by "Reset demo data"', async () => {
    await control('expire-session')
    expect((await callApi(AS.jonas, '/v1/workflows')).status).toBe(401)
    expect((await control('reset')).status).toBe(204)
    expect((await callApi(AS.jonas, '/v1/workflows')).status).toBe(200)
  })
})

describe('demo control: fail the next calls of an endpoint', () => {
  it('answers the status with the canonical envelope exactly `times` times, then the call works once', async () => {
    const count = await registryCount()
    expect((await control('fail-next', { endpoint: 'registries', method: 'POST', status: 503, times: 2 })).status).toBe(204)

    // Reads of the same endpoint are untouched: only POSTs were asked to fail.
    expect(await registryCount()).toBe(count)
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = await callApi(AS.tomas, REGS, { body: NEW_REGISTRY, key: 'same-action' })
      expect(errorOf(failed)).toMatchObject({ status: 503, error: { code: 'INTERNAL', requestId: expect.any(String) } })
    }
    const saved = expectOk(Registry, await callApi(AS.tomas, REGS, { body: NEW_REGISTRY, key: 'same-action' }), 201)
    expect(saved.namespaces).toEqual(['ghcr.io/acme-faults/*'])
    expect(await registryCount()).toBe(count + 1)
  })

  it('fails any method when none is given, and leaves other endpoints alone', async () => {
    await control('fail-next', { endpoint: 'workflows', status: 500 })
    expect((await callApi(AS.jonas, '/v1/modules')).status).toBe(200)
    expect(errorOf(await callApi(AS.jonas, '/v1/workflows'))).toMatchObject({ status: 500, error: { code: 'INTERNAL' } })
    expect((await callApi(AS.jonas, '/v1/workflows')).status).toBe(200)
  })

  it('refuses an unknown endpoint or a status that is not an error, naming the field', async () => {
    const unknown = await control('fail-next', { endpoint: 'noSuchEndpoint', status: 500 })
    expect(errorOf(unknown)).toMatchObject({ status: 422, error: { details: { fields: [{ field: 'endpoint' }] } } })
    const success = await control('fail-next', { endpoint: 'workflows', status: 200 })
    expect(errorOf(success)).toMatchObject({ status: 422, error: { details: { fields: [{ field: 'status' }] } } })
    expect((await callApi(AS.jonas, '/v1/workflows')).status).toBe(200)
  })

  it('is forgotten by "Reset demo data"', async () => {
    await control('fail-next', { endpoint: 'workflows', status: 500, times: 5 })
    await control('reset')
    expect((await callApi(AS.jonas, '/v1/workflows')).status).toBe(200)
  })
})
