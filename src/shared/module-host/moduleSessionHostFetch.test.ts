import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { signInAs } from '@/test/renderRoute'
import { server } from '../../../mocks/node'
import { ModuleSession } from './moduleSession'

beforeEach(() => setHttpSleep(async () => undefined))

const session = () =>
  new ModuleSession({
    module: { id: 'peptide-atlas-explorer', name: 'peptide-atlas-explorer', version: '1.1.0', dataAccess: ['acme/atlas'] },
    runId: 'mr-mounted',
    uiOnlyRun: false,
    followsRun: false,
    log: () => undefined,
    showNotice: () => undefined,
  })

describe('hostFetch as the module asked for it (module-ui-contract §5)', () => {
  it('forwards the module’s Accept and returns a CSV answer as text with its own type and status', async () => {
    signInAs('superuser')
    let accept: string | null = null
    server.use(
      mock.get('/api/data/acme/atlas/peptides.csv', ({ request }) => {
        accept = request.headers.get('Accept')
        return new HttpResponse('peptide,score\nSIINFEKL,0.9\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })
      }),
    )
    const module = session()
    const reply = await module.hostFetch(['/data/acme/atlas/peptides.csv', { headers: { Accept: 'text/csv' } }])
    expect(accept).toBe('text/csv')
    expect(reply).toEqual({ status: 200, contentType: 'text/csv', body: 'peptide,score\nSIINFEKL,0.9\n' })
    module.dispose()
  })

  it('never answers 200 with an error: a body that claims JSON and is not is a 502, explained', async () => {
    signInAs('superuser')
    server.use(
      mock.get(
        '/api/data/acme/atlas/broken',
        () => new HttpResponse('{"rows": [1, 2', { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    const module = session()
    const reply = await module.hostFetch(['/data/acme/atlas/broken'])
    expect(reply.status).toBe(502)
    expect(reply.body).toMatchObject({ error: { code: 'INVALID_RESPONSE' } })
    module.dispose()
  })

  it('refuses a method other than GET and POST with 403, sending nothing', async () => {
    signInAs('superuser')
    let sent = 0
    server.events.on('request:start', () => (sent += 1))
    const module = session()
    const reply = await module.hostFetch(['/v1/module-runs/mr-mounted', { method: 'DELETE' }])
    server.events.removeAllListeners()
    expect(reply.status).toBe(403)
    expect(sent).toBe(0)
    module.dispose()
  })

  it('follows a run the UI started through hostFetch: its run.status events reach the subscriber', async () => {
    signInAs('superuser')
    const module = session()
    const events: { runId: string; status: string }[] = []
    const unsubscribe = module.subscribe('run.status', (payload) => events.push(payload as { runId: string; status: string }))
    const body = { moduleId: 'peptide-atlas-explorer', mode: 'interactive', parameters: { tissue: 'liver' } }
    const reply = await module.hostFetch(['/v1/module-runs', { method: 'POST', body }])
    const runId = (reply.body as { runId: string }).runId
    await vi.waitFor(() => expect(events.map((event) => event.runId)).toContain(runId))
    unsubscribe()
    module.dispose()
  })
})
