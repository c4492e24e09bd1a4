import { http as mock, HttpResponse } from 'msw'
import { z } from 'zod'
import { server } from '../../../mocks/node'
import { readStaticJson } from './staticFile'

const Index = z.object({ bundles: z.array(z.string()) })

describe('readStaticJson', () => {
  it('reads and parses a JSON file the build ships', async () => {
    server.use(mock.get('/module-bundles/index.json', () => HttpResponse.json({ bundles: ['report'] })))
    expect(await readStaticJson('module-bundles/index.json', Index)).toEqual({ bundles: ['report'] })
  })

  it('answers null when the build has no such file: an error status or the SPA fallback’s HTML', async () => {
    server.use(mock.get('/module-bundles/index.json', () => new HttpResponse('missing', { status: 404 }), { once: true }))
    expect(await readStaticJson('module-bundles/index.json', Index)).toBeNull()
    server.use(mock.get('/module-bundles/index.json', () => HttpResponse.html('<!doctype html><div id="root"></div>')))
    expect(await readStaticJson('module-bundles/index.json', Index)).toBeNull()
  })
})
