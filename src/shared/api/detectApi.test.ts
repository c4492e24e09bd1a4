import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { resetDemo } from '../../../mocks/testing'
import { API_BASE } from '@/shared/contract/apiBase'
import { detectApi } from './detectApi'

/** A fault injected into the demo API, as an e2e test does from the page. */
const failNext = (endpoint: string, status: number) =>
  fetch(`${API_BASE}/__demo/fail-next`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ endpoint, status }),
  })

describe('detectApi', () => {
  it('recognises a devkit API by the service it names at the root', async () => {
    resetDemo('devkit')
    await expect(detectApi()).resolves.toEqual({ kind: 'devkit', via: 'service-name' })
  })

  it('recognises a devkit API behind a proxy that hides its root: auth answers 404, readiness answers', async () => {
    resetDemo('devkit-key')
    await failNext('serviceInfo', 404)
    await expect(detectApi()).resolves.toEqual({ kind: 'devkit', via: 'auth-404' })
  })

  it('takes an API whose auth and readiness both answer 404 for no devkit', async () => {
    resetDemo('devkit')
    await failNext('serviceInfo', 404)
    await failNext('systemReady', 404)
    await expect(detectApi()).resolves.toEqual({ kind: 'platform' })
  })

  it('takes an API that names something else at its root for no devkit', async () => {
    resetDemo('default')
    await expect(detectApi()).resolves.toEqual({ kind: 'platform' })
  })

  it('never mistakes the platform for a devkit when its root does not answer: /v1/auth/me asks for a token', async () => {
    resetDemo('default')
    server.use(mock.get(`${API_BASE}/`, () => HttpResponse.json({ detail: 'Not Found' }, { status: 404 })))
    await expect(detectApi()).resolves.toEqual({ kind: 'platform' })
  })

  it('says when nothing answers at the API base', async () => {
    server.use(mock.get(`${API_BASE}/`, () => HttpResponse.error()))
    const found = await detectApi()
    expect(found.kind).toBe('unreachable')
    expect(found.kind === 'unreachable' && found.error.code).toBe('NETWORK_ERROR')
  })
})
