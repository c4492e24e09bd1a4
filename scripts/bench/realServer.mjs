// The floor bench's server (issue 16): the real-mode build (dist/) and the API answered in this Node process by the
// demo's own handlers and generators, never by an in-page demo backend, so that a figure is what a user of the real
// console pays. GET answers are recorded on first use, per URL and caller, and replayed at once afterwards ("the
// recorded API"): a warm-up pass records what the measured passes ask for. The plain pages of scripts/bench/floor/ are served under /__floor/.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { createServer as createVite } from 'vite'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

async function staticFile(root, path) {
  const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}

/** Loads the demo's handlers (TypeScript) through Vite's SSR loader and puts the demo into `scenario`. */
async function demoApi(scenario, origin) {
  // MSW resolves the handlers' relative paths (/api/v1/…) against the location, as in a browser.
  globalThis.location = new URL(`${origin}/`)
  const vite = await createVite({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  const { handlers } = await vite.ssrLoadModule('/mocks/handlers/index.ts')
  const { resetDemo } = await vite.ssrLoadModule('/mocks/testing.ts')
  resetDemo(scenario)
  const { getResponse } = await import('msw')
  return { handlers, getResponse, close: () => vite.close() }
}

/**
 * Who a call is from: the user and organization a demo token names (`demo.` + base64 JSON, mocks/runtime/tokens.ts).
 * Not the token itself: every sign-in and every refresh issues a new one, and a recording keyed by it was never
 * replayed on a full load, whose refresh makes a new token (the demo's handlers then ran in this process each time).
 */
export function callerOf(authorization = '') {
  const token = authorization.replace(/^Bearer /, '')
  try {
    const { userId, orgId } = JSON.parse(Buffer.from(token.replace(/^demo\./, ''), 'base64').toString())
    if (typeof userId === 'string' && typeof orgId === 'string') return `${userId}@${orgId}`
  } catch {
    // not a demo token: keyed as it is
  }
  return authorization
}

/**
 * What the production image's nginx answers (deploy/nginx/console.conf.template): hashed files are kept a year and
 * never revalidated, everything else (index.html above all) is revalidated. The plain pages' script and styles are
 * their hashed files; both sides' HTML is fetched anew on every load.
 */
export function cacheControl(pathname, floor) {
  const hashed = floor ? !pathname.endsWith('.html') : pathname.startsWith('/assets/')
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/**
 * Starts the server on `port`: `/api/*` from the demo handlers (GETs recorded), `/__floor/*` from the floor pages,
 * everything else from `dist/` with the SPA fallback. Resolves with `{ origin, close }`.
 */
export async function startRealServer({
  port = Number(process.env.BENCH_PORT ?? 4175) + 1,
  scenario = 'large',
  root = 'dist',
} = {}) {
  const origin = `http://127.0.0.1:${port}`
  const api = await demoApi(scenario, origin)
  const recorded = new Map()
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin)
      if (url.pathname.startsWith('/api/')) {
        // Per caller: the same URL answers each user as themselves (`/auth/me`, what their roles may list).
        const key = `${callerOf(req.headers.authorization)} ${url.pathname}${url.search}`
        let answer = req.method === 'GET' ? recorded.get(key) : undefined
        if (!answer) {
          const chunks = []
          for await (const chunk of req) chunks.push(chunk)
          const body = chunks.length ? Buffer.concat(chunks) : undefined
          const request = new Request(url, { method: req.method, headers: req.headers, body })
          const response = (await api.getResponse(api.handlers, request)) ?? new Response('{}', { status: 404 })
          answer = { status: response.status, headers: [...response.headers], body: Buffer.from(await response.arrayBuffer()) }
          if (req.method === 'GET' && response.ok) recorded.set(key, answer)
        }
        res.writeHead(answer.status, Object.fromEntries(answer.headers))
        res.end(answer.body)
        return
      }
      const floor = url.pathname.startsWith('/__floor/')
      const file =
        (floor
          ? await staticFile('scripts/bench/floor', url.pathname.slice('/__floor/'.length))
          : await staticFile(root, url.pathname === '/' ? 'index.html' : url.pathname)) ??
        (floor ? null : await staticFile(root, 'index.html'))
      if (!file) {
        res.writeHead(404).end()
        return
      }
      res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': cacheControl(url.pathname, floor) })
      res.end(file.body)
    })().catch((error) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    origin,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await api.close()
    },
  }
}
