import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { sha384Base64, verifyBundle } from './sri'
import { loadInternal } from './internalLoader'

const SOURCE = 'window.__sriMarker = true; window.ModuleUI = function () { return null }'
const URL_ = 'http://localhost:3000/bundles/marker/bundle.js'
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
let rightHash = ''
let wrongHash = ''
beforeAll(async () => {
  rightHash = `sha384-${await sha384Base64(bytes(SOURCE))}`
  wrongHash = `sha384-${await sha384Base64(bytes(`${SOURCE} `))}`
})

beforeEach(() => {
  server.use(http.get(URL_, () => new HttpResponse(SOURCE, { headers: { 'Content-Type': 'text/javascript' } })))
  delete (window as { __sriMarker?: unknown }).__sriMarker
})

describe('SRI verification (module-ui-contract §6)', () => {
  it('accepts the bytes whose sha384 was recorded', async () => {
    await expect(verifyBundle(URL_, rightHash, false)).resolves.toBeUndefined()
  })

  it('rejects a wrong hash: the verification is awaited and throws MODULE_SRI_MISMATCH', async () => {
    await expect(verifyBundle(URL_, wrongHash, false)).rejects.toMatchObject({ code: 'MODULE_SRI_MISMATCH' })
  })

  it('fails closed on a missing, malformed or non-sha384 value', async () => {
    await expect(verifyBundle(URL_, null, false)).rejects.toMatchObject({ code: 'MODULE_SRI_MISMATCH' })
    await expect(verifyBundle(URL_, 'sha384-short', false)).rejects.toMatchObject({ code: 'MODULE_SRI_MISMATCH' })
    const sha256 = `sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes(SOURCE)))))}`
    await expect(verifyBundle(URL_, sha256, false)).rejects.toMatchObject({ code: 'MODULE_SRI_MISMATCH' })
  })

  it('skips the hash only for a developer override on localhost', async () => {
    await expect(verifyBundle(URL_, null, true)).resolves.toBeUndefined()
    await expect(verifyBundle('https://cdn.example.com/bundle.js', null, true)).rejects.toMatchObject({
      code: 'MODULE_SRI_MISMATCH',
    })
  })

  it('answers MODULE_NOT_FOUND for a 404', async () => {
    server.use(http.get(URL_, () => new HttpResponse(null, { status: 404 })))
    await expect(verifyBundle(URL_, rightHash, false)).rejects.toMatchObject({ code: 'MODULE_NOT_FOUND' })
  })

  it('never runs an internal bundle with a wrong or missing hash: the marker stays absent', async () => {
    for (const integrity of [wrongHash, null]) {
      await expect(loadInternal({ url: URL_, integrity, runtime: 'react@19', globals: [], assets: [] })).rejects.toMatchObject({
        code: 'MODULE_SRI_MISMATCH',
      })
      expect((window as { __sriMarker?: unknown }).__sriMarker).toBeUndefined()
      expect(document.querySelector(`script[src="${URL_}"]`)).toBeNull()
    }
  })

  it('refuses a ui.globals entry the host does not offer before fetching anything', async () => {
    await expect(
      loadInternal({ url: URL_, integrity: rightHash, runtime: 'react@19', globals: ['jquery@3'], assets: [] }),
    ).rejects.toMatchObject({ code: 'MODULE_CONTRACT_INVALID' })
  })
})
