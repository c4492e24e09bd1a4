import { API_BASE } from '../../src/shared/contract/apiBase'
import { DevkitHealth, DevkitReady } from '../../src/shared/contract/devkit'
import { advanceClock, BASE_TIME } from '../runtime/clock'
import { DEVKIT_DEMO_API_KEY } from '../runtime/devkitApi'
import { resetDemo } from '../testing'
import { DEVKIT_HEALTH_DELAY_MS } from './devkit'

async function devkit(path: string, init: { method?: string; body?: unknown; apiKey?: string } = {}) {
  const headers: Record<string, string> = init.apiKey ? { 'X-API-Key': init.apiKey } : {}
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${API_BASE}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, json: (text ? JSON.parse(text) : null) as unknown }
}

const startRun = (apiKey?: string) => devkit('/v1/module-runs', { body: { moduleId: 'local-devkit-example' }, apiKey })

describe('devkit scenario: write rate limit', () => {
  beforeEach(() => resetDemo('devkit'))

  it('allows 10 writes a minute, answers the 11th 429, and allows writes again a minute later', async () => {
    for (let i = 0; i < 10; i++) expect((await startRun()).status).toBe(200)
    expect(await devkit('/v1/devkit/modules', { body: { name: 'x', version: '1' } })).toMatchObject({
      status: 429,
      json: { error: 'Rate limit exceeded: 10 per 1 minute' },
    })
    expect((await devkit('/v1/modules')).status).toBe(200)
    advanceClock(59_000)
    expect((await startRun()).status).toBe(429)
    advanceClock(1_000)
    expect((await startRun()).status).toBe(200)
  })
})

describe('devkit scenario: API key', () => {
  it('checks X-API-Key on writes only, and only when the stub has a key (devkit-key)', async () => {
    resetDemo('devkit-key')
    expect(await startRun()).toMatchObject({ status: 401, json: { detail: 'Invalid or missing API key' } })
    expect((await startRun('wrong')).status).toBe(401)
    expect((await startRun(DEVKIT_DEMO_API_KEY)).status).toBe(200)
    expect((await devkit('/v1/modules')).status).toBe(200)
    resetDemo('devkit')
    expect((await startRun()).status).toBe(200)
  })
})

describe('devkit scenario: readiness and health', () => {
  beforeEach(() => resetDemo('devkit'))
  afterEach(() => vi.useRealTimers())

  it('reports a bare stub as degraded, from a cache that lasts 5 s on the demo clock', async () => {
    const first = DevkitReady.parse((await devkit('/v1/system/ready')).json)
    expect(first).toMatchObject({
      status: 'degraded',
      timestamp: BASE_TIME / 1000,
      services: { postgres: { status: 'error' }, minio: { status: 'error' } },
    })
    advanceClock(4_999)
    expect(DevkitReady.parse((await devkit('/v1/system/ready')).json).timestamp).toBe(first.timestamp)
    advanceClock(1)
    expect(DevkitReady.parse((await devkit('/v1/system/ready')).json).timestamp).toBe(BASE_TIME / 1000 + 5)
  })

  it('answers health only after 3 s while its services are down, with the module and run counts', async () => {
    await startRun()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let answered = false
    const health = devkit('/v1/system/health').then((reply) => ((answered = true), reply))
    await vi.advanceTimersByTimeAsync(DEVKIT_HEALTH_DELAY_MS - 1)
    expect(answered).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const reply = await health
    expect(DevkitHealth.parse(reply.json)).toMatchObject({ status: 'degraded', modules: 1, runs: 1 })
  })
})
