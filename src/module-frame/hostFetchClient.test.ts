import type { BridgeClient } from './bridgeClient'
import { installHostFetch } from './hostFetchClient'

/** The frame's `fetch` of its own `/api/` goes over the bridge; the host's answer is fixed here. */
function installed() {
  const call = vi.fn(async (..._args: unknown[]) => ({ status: 200, contentType: 'application/json', body: { ok: true } }))
  installHostFetch({ call } as unknown as BridgeClient)
  return call
}

describe('the frame’s fetch of /api/ (module-ui-contract §5)', () => {
  const realFetch = window.fetch
  afterEach(() => {
    window.fetch = realFetch
  })

  it('sends the method as asked: a DELETE is never turned into a GET that reads the resource', async () => {
    const call = installed()
    await window.fetch('/api/v1/module-runs/mr-1', { method: 'DELETE' })
    expect(call).toHaveBeenCalledWith('hostFetch', ['/v1/module-runs/mr-1', { method: 'DELETE', headers: {} }])
  })

  it('reads the body and headers of a Request object, as the template’s helpers may pass one', async () => {
    const call = installed()
    const request = new Request(new URL('/api/v1/module-runs', window.location.href), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleId: 'peptide-scorer' }),
    })
    await window.fetch(request)
    expect(call).toHaveBeenCalledWith('hostFetch', [
      '/v1/module-runs',
      { method: 'POST', body: { moduleId: 'peptide-scorer' }, headers: { 'content-type': 'application/json' } },
    ])
  })
})
