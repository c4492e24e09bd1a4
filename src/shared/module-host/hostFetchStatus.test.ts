import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { runHostFetch } from './hostFetch'
import { toHostFetchResponse } from './hostFetchResponse'
import { provideHostFetch } from './internalHostFetch'
import { ModuleSession } from './moduleSession'

const scope = { moduleId: 'peptide-scorer', version: '1.0.0', isKnownRun: (id: string) => id === 'mr-1', dataAccess: [] }

describe('host fetch answers (module-ui-contract §5)', () => {
  it('passes the real status and content type through: a 201 stays a 201', async () => {
    server.use(
      http.post('/api/v1/module-runs', () =>
        HttpResponse.json({ runId: 'mr-new' }, { status: 201, headers: { 'Content-Type': 'application/json; charset=utf-8' } }),
      ),
    )
    const created: string[] = []
    const reply = await runHostFetch(
      { path: '/v1/module-runs', method: 'POST', body: { moduleId: 'peptide-scorer' }, headers: {} },
      scope,
      (runId) => created.push(runId),
    )
    expect(reply).toEqual({ status: 201, contentType: 'application/json; charset=utf-8', body: { runId: 'mr-new' } })
    expect(created).toEqual(['mr-new'])
    const response = toHostFetchResponse(reply)
    expect(response.status).toBe(201)
    await expect(response.json()).resolves.toEqual({ runId: 'mr-new' })
  })

  it('builds a bodyless Response for 204', () => {
    expect(toHostFetchResponse({ status: 204, contentType: '', body: undefined }).status).toBe(204)
  })

  it('gives internal modules window.hostFetch with the same allow-list while they are mounted', async () => {
    server.use(http.get('/api/v1/module-runs/mr-1', () => HttpResponse.json({ runId: 'mr-1', status: 'running' })))
    const session = new ModuleSession({
      module: { id: 'peptide-scorer', name: 'peptide-scorer', version: '1.0.0' },
      runId: 'mr-1',
      uiOnlyRun: false,
      log: () => undefined,
      showNotice: () => undefined,
    })
    const withdraw = provideHostFetch(session)
    const hostFetch = (window as unknown as { hostFetch: (path: string) => Promise<Response> }).hostFetch
    expect((await hostFetch('/v1/module-runs/mr-1')).status).toBe(200)
    expect((await hostFetch('/v1/organizations')).status).toBe(403)
    withdraw()
    expect('hostFetch' in window).toBe(false)
    session.dispose()
  })
})
