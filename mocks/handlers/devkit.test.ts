import { API_BASE } from '../../src/shared/contract/apiBase'
import { DEVKIT_SERVICE, DevkitModuleList, DevkitRun, DevkitValidationError } from '../../src/shared/contract/devkit'
import { ModulePage } from '../../src/shared/contract/modules'
import { BASE_TIME } from '../runtime/clock'
import { DEVKIT_EXAMPLE } from '../stores/devkitStore'
import { AS, callApi, expectOk, resetDemo } from '../testing'

type Init = { method?: string; body?: unknown; headers?: Record<string, string> }

/** Calls the devkit API as a developer's tools do: no token, a JSON body, whatever headers the test gives. */
async function devkit(path: string, init: Init = {}) {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST')
  const headers: Record<string, string> = { ...init.headers }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  const response = await fetch(`${API_BASE}${path}`, { method, headers, body })
  const text = await response.text()
  return { status: response.status, headers: response.headers, json: (text ? JSON.parse(text) : null) as unknown }
}

const MANIFEST = { name: 'my-peptide-tool', version: '0.2.0', type: 'with-ui', ui: { distPath: 'ui/dist' } }

beforeEach(() => resetDemo('devkit'))

describe('devkit scenario: service and routing', () => {
  it('names the service at the API root and echoes X-Correlation-ID on every answer', async () => {
    const root = await devkit('/')
    expect(root).toMatchObject({
      status: 200,
      json: { service: DEVKIT_SERVICE, docs: '/docs', openapi: '/docs/openapi.json' },
    })
    expect(root.headers.get('X-Correlation-ID')).toMatch(/^[0-9a-f-]{36}$/)
    const echoed = await devkit('/v1/auth/me', { headers: { 'X-Correlation-ID': 'corr-42' } })
    expect(echoed.headers.get('X-Correlation-ID')).toBe('corr-42')
  })

  it('has no user auth and none of the platform-only areas: they answer 404 Not Found', async () => {
    for (const [path, init] of [
      ['/v1/auth/login', { body: { email: 'a@b.c', password: 'x' } }],
      ['/v1/auth/me', {}],
      ['/v1/auth/refresh', { body: { refresh_token: 'r' } }],
      ['/v1/modules/local-devkit-example', {}],
      ['/v1/modules/local-devkit-example/versions', {}],
      ['/v1/organizations', {}],
      ['/v1/workflows', {}],
      ['/v1/module-runs/devkit-run-00000000/logs', {}],
    ] as const)
      expect(await devkit(path, init), path).toMatchObject({ status: 404, json: { detail: 'Not Found' } })
  })

  it('answers 405 Method Not Allowed for the run list, which the stub does not offer', async () => {
    const list = await devkit('/v1/module-runs?page=1&limit=20')
    expect(list).toMatchObject({ status: 405, json: { detail: 'Method Not Allowed' } })
    expect(list.headers.get('Allow')).toBe('POST')
    expect((await devkit('/v1/devkit/modules/local-devkit-example')).status).toBe(405)
  })

  it('leaves the platform API to the other scenarios and the demo controls to the demo', async () => {
    resetDemo('default')
    expect(expectOk(ModulePage, await callApi(AS.jonas, '/v1/modules')).total).toBeGreaterThan(0)
    resetDemo('devkit')
    await devkit('/v1/devkit/modules', { body: MANIFEST })
    expect((await devkit('/__demo/reset', { method: 'POST' })).status).toBe(204)
    expect(DevkitModuleList.parse((await devkit('/v1/modules')).json).items).toEqual([DEVKIT_EXAMPLE])
  })
})

describe('devkit scenario: modules', () => {
  it('lists whole manifests with their id and no total, paged by limit and offset', async () => {
    const list = await devkit('/v1/modules')
    expect(list).toMatchObject({ status: 200, json: { items: [DEVKIT_EXAMPLE] } })
    expect(list.json).not.toHaveProperty('total')
    await devkit('/v1/devkit/modules', { body: { ...MANIFEST, category: 'qc' } })
    const page = DevkitModuleList.parse((await devkit('/v1/modules?limit=1&offset=1')).json)
    expect(page.items.map((m) => m.id)).toEqual(['my-peptide-tool'])
    const qc = DevkitModuleList.parse((await devkit('/v1/modules?category=qc')).json)
    expect(qc.items.map((m) => m.id)).toEqual(['my-peptide-tool'])
  })

  it('answers a bad query with the 422 list of pydantic', async () => {
    const reply = await devkit('/v1/modules?limit=ten')
    expect(reply.status).toBe(422)
    expect(DevkitValidationError.parse(reply.json).detail).toEqual([
      {
        loc: ['query', 'limit'],
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        type: 'int_parsing',
      },
    ])
  })

  it('registers a manifest (id defaults to name), replaces it by id, and removes it', async () => {
    expect(await devkit('/v1/devkit/modules', { body: MANIFEST })).toMatchObject({
      status: 200,
      json: { status: 'registered', module: { ...MANIFEST, id: 'my-peptide-tool' } },
    })
    await devkit('/v1/devkit/modules', { body: { ...MANIFEST, version: '0.3.0' } })
    const ids = DevkitModuleList.parse((await devkit('/v1/modules')).json).items.map((m) => `${m.id}@${m.version}`)
    expect(ids).toEqual(['local-devkit-example@0.1.0', 'my-peptide-tool@0.3.0'])
    expect(await devkit('/v1/devkit/modules/my-peptide-tool', { method: 'DELETE' })).toMatchObject({
      status: 200,
      json: { status: 'deleted', moduleId: 'my-peptide-tool' },
    })
    expect(await devkit('/v1/devkit/modules/my-peptide-tool', { method: 'DELETE' })).toMatchObject({
      status: 404,
      json: { detail: 'Module not found' },
    })
  })

  it('refuses a manifest without name or version with a DevkitError', async () => {
    expect(await devkit('/v1/devkit/modules', { body: { name: 'x' } })).toMatchObject({
      status: 400,
      json: { error: "Manifest must include 'name' and 'version'", type: 'DevkitError' },
    })
    expect((await devkit('/v1/devkit/modules', { body: '{"name": ' })).status).toBe(422)
  })
})

describe('devkit scenario: module runs', () => {
  it('completes a run at once, with a devkit-run id and epoch seconds as a float', async () => {
    resetDemo('devkit', 1_520)
    const reply = await devkit('/v1/module-runs', {
      body: { moduleId: 'local-devkit-example', parameters: { n: 3 }, mode: 'interactive' },
    })
    expect(reply.status).toBe(200)
    const run = DevkitRun.parse(reply.json)
    expect(run).toEqual({
      runId: expect.stringMatching(/^devkit-run-[0-9a-f]{8}$/) as string,
      moduleId: 'local-devkit-example',
      status: 'completed',
      parameters: { n: 3 },
      result: { status: 'success', summary: { message: 'Devkit stub executed successfully' } },
      createdAt: BASE_TIME / 1000 + 1.52,
    })
    expect((await devkit(`/v1/module-runs/${run.runId}`)).json).toEqual(run)
    expect((await devkit(`/v1/module-runs/${run.runId}/result`)).json).toEqual(run.result)
    const second = DevkitRun.parse((await devkit('/v1/module-runs', { body: { moduleId: 'local-devkit-example' } })).json)
    expect(second.runId).not.toBe(run.runId)
    expect(second.parameters).toEqual({})
  })

  it('answers 404 for an unknown module or run, and the 422 list for a missing moduleId', async () => {
    expect(await devkit('/v1/module-runs', { body: { moduleId: 'nope', parameters: {} } })).toMatchObject({
      status: 404,
      json: { detail: 'Module not registered in devkit' },
    })
    for (const path of ['/v1/module-runs/devkit-run-deadbeef', '/v1/module-runs/devkit-run-deadbeef/result'])
      expect(await devkit(path)).toMatchObject({ status: 404, json: { detail: 'Run not found' } })
    expect(await devkit('/v1/module-runs', { body: { parameters: {} } })).toMatchObject({
      status: 422,
      json: { detail: [{ loc: ['body', 'moduleId'], msg: 'Field required', type: 'missing' }] },
    })
  })

  it('answers an injected 500 with the stub’s InternalError body', async () => {
    await devkit('/__demo/fail-next', { body: { endpoint: 'moduleRuns', status: 500 } })
    expect(await devkit('/v1/module-runs', { body: { moduleId: 'local-devkit-example' } })).toMatchObject({
      status: 500,
      json: { error: 'Internal server error', type: 'InternalError' },
    })
  })
})
