import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { loadInternal } from './internalLoader'
import { sha384Base64 } from './sri'

// jsdom fetches no <script src>: the browser's part (run the bytes, then `load`) is played here, a turn later.
const SOURCES: Record<string, string> = {
  'http://localhost:3000/bundles/a/bundle.js': 'self.ModuleUI = function BundleA() { return null }',
  'http://localhost:3000/bundles/b/bundle.js': 'self.ModuleUI = { default: function BundleB() { return null } }',
}
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
const integrityOf = async (url: string) => `sha384-${await sha384Base64(bytes(SOURCES[url]!))}`
const ui = (url: string, integrity: string) => ({ url, integrity, runtime: 'react@19', globals: [], assets: [] })

beforeEach(() => {
  for (const [url, source] of Object.entries(SOURCES))
    server.use(http.get(url, () => new HttpResponse(source, { headers: { 'Content-Type': 'text/javascript' } })))
  const append = document.head.append.bind(document.head)
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes)
      if (node instanceof HTMLScriptElement && SOURCES[node.src])
        setTimeout(() => {
          new Function(SOURCES[node.src]!)()
          node.onload?.(new Event('load'))
        })
    append(...nodes)
  })
})

describe('internal bundles (module-ui-contract §3, §12.5)', () => {
  it('loads two bundles started at once one after the other: each resolves its own component, ModuleUI is gone', async () => {
    const [a, b] = Object.keys(SOURCES) as [string, string]
    const [componentA, componentB] = await Promise.all([
      loadInternal(ui(a, await integrityOf(a))),
      loadInternal(ui(b, await integrityOf(b))),
    ])
    expect(componentA.name).toBe('BundleA')
    expect(componentB.name).toBe('BundleB')
    expect('ModuleUI' in window).toBe(false)
  })

  it('checks ui.runtime as the frame does: only react@19 is offered', async () => {
    const url = 'http://localhost:3000/bundles/react18/bundle.js'
    await expect(loadInternal({ ...ui(url, `sha384-${'A'.repeat(64)}`), runtime: 'react@18' })).rejects.toMatchObject({
      code: 'MODULE_CONTRACT_INVALID',
      message: expect.stringMatching(/react@18 is not offered/),
    })
  })
})
