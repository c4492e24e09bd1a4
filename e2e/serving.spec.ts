import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { nginxBinary, startNginx } from '../scripts/serve/nginx.mjs'

/**
 * The serving recipe (deploy/nginx/console.conf.template) with Debian's nginx, serving the real-mode build (dist/) on
 * loopback: every header, the SPA fallback, the frame origin, the /api reverse proxy, and the real build in a browser.
 * CI installs nginx, so there it never skips.
 */
const PORT = 4185
const API_PORT = 4186
const CONSOLE = `http://127.0.0.1:${PORT}`
const FRAME = `http://localhost:${PORT}`

type SeenRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: string }
const seen: SeenRequest[] = []
let api: Server
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined

/** A reloaded signed-in tab: its stored refresh token refreshes into `early-access`, which `me` knows. */
function signedInAnswer(method: string | undefined, url: string | undefined, body: string): object | null {
  if (method === 'POST' && url === '/v1/auth/refresh' && body.includes('"stored-refresh"'))
    return { access_token: 'early-access', refresh_token: 'rotated-refresh', expires_in: 900 }
  if (method === 'GET' && url === '/v1/auth/me')
    return {
      id: 'u-ada',
      email: 'ada@example.org',
      name: 'Ada Stub',
      roles: ['scientist'],
      organizations: [{ id: 'org-stub', slug: 'stub', name: 'Stub Labs', roles: ['scientist'] }],
      activeOrgId: 'org-stub',
      isSuperuser: false,
    }
  return null
}

/** The platform API's stand-in: records what reaches it and answers like the platform (error envelope, request id). */
function startApiStub(): Promise<Server> {
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body })
      const status = request.url === '/v1/auth/login' ? 401 : 200
      const session = signedInAnswer(request.method, request.url, body)
      const payload =
        status === 401
          ? { error: { code: 'UNAUTHENTICATED', message: 'Email or password is wrong.', requestId: 'req-from-api-stub' } }
          : (session ?? { ok: true })
      response.writeHead(status, {
        'Content-Type': 'application/json',
        'Cache-Control': session ? 'no-store' : 'private, max-age=5',
        'X-Request-Id': 'req-from-api-stub',
      })
      response.end(JSON.stringify(payload))
    })
  })
  return new Promise((resolve) => server.listen(API_PORT, '127.0.0.1', () => resolve(server)))
}

/** `a; b c` → { a: [], b: ['c'] } */
function directives(csp: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  )
}

const mainScript = () =>
  /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))![1]!

test.describe('Serving with nginx (deploy/nginx)', () => {
  test.skip(!nginxBinary() && !process.env.CI, 'nginx is not installed here (CI installs it)')

  test.beforeAll(async () => {
    if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: `npm run build` makes the real-mode build')
    api = await startApiStub()
    nginx = await startNginx({ root: 'dist', port: PORT, api: `http://127.0.0.1:${API_PORT}` })
  })
  test.afterAll(async () => {
    await nginx?.stop()
    await new Promise((resolve) => api?.close(resolve))
  })

  test('every console route answers with the app page, its security headers, and no caching', async ({ request }) => {
    for (const path of ['/', '/login', '/control-tower/organizations/org-0002?tab=registries', '/no/such/page']) {
      const response = await request.get(CONSOLE + path)
      expect(response.status(), path).toBe(200)
      expect(await response.text(), path).toContain('<div id="console-root">')
      const headers = response.headers()
      expect(headers['content-type']).toMatch(/^text\/html/)
      expect(headers['cache-control']).toBe('no-cache')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
      expect(headers['permissions-policy']).toContain('microphone=()')
      expect(headers['permissions-policy']).toContain('geolocation=()')
      const csp = directives(headers['content-security-policy'])
      expect(csp['script-src']).toEqual(["'self'", CONSOLE])
      expect(csp['frame-src']).toEqual([FRAME])
      expect(csp['object-src']).toEqual(["'none'"])
      expect(csp['frame-ancestors']).toEqual(["'none'"])
      expect(csp['base-uri']).toEqual(["'self'"])
      expect(csp['default-src']).toEqual(["'self'"])
    }
  })

  test('hashed assets are immutable and compressed; a missing one is a 404, never the app page', async ({ request }) => {
    const script = await request.get(CONSOLE + mainScript(), { headers: { 'Accept-Encoding': 'gzip' } })
    expect(script.status()).toBe(200)
    expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(script.headers()['content-type']).toMatch(/javascript/)
    expect(script.headers()['content-encoding']).toBe('gzip')
    expect(script.headers()['x-content-type-options']).toBe('nosniff')

    const missing = await request.get(`${CONSOLE}/assets/index-00000000.js`)
    expect(missing.status()).toBe(404)
    expect(await missing.text()).not.toContain('console-root')
    expect(missing.headers()['cache-control']).toBeUndefined()
  })

  test('the stored colour mode applies before the console loads, from a script cached like the bundle', async ({
    page,
    request,
  }) => {
    // A hashed file (scripts/vite/colorModeScript.ts): the parser, and with it the entry, never waits to revalidate it.
    const html = readFileSync('dist/index.html', 'utf8')
    const colorMode = /<script src="(\/assets\/color-mode-[\w-]+\.js)"><\/script>/.exec(html)?.[1]
    expect(colorMode).toBeDefined()
    expect(html.indexOf(colorMode!)).toBeLessThan(html.indexOf('<script type="module"'))
    expect((await request.get(CONSOLE + colorMode)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')

    await page.goto(`${CONSOLE}/login`)
    await page.evaluate(() => localStorage.setItem('hla-compass-color-mode', 'dark'))
    // The console's own code held back: the page is dark from the HTML's script alone, so there is no light flash.
    await page.route(/\/assets\/main-[\w-]+\.js$/, (route) => route.abort())
    await page.goto(`${CONSOLE}/login`)
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  })

  test('the real-mode build serves no source map and no demo service worker', async ({ request }) => {
    expect((await request.get(`${CONSOLE}${mainScript()}.map`)).status()).toBe(404)
    const worker = await request.get(`${CONSOLE}/mockServiceWorker.js`)
    expect(worker.headers()['content-type']).toMatch(/^text\/html/) // the SPA page, not a script
    expect(await worker.text()).not.toContain('Mock Service Worker')
    expect(readFileSync(`dist${mainScript()}`, 'utf8')).not.toContain('sourceMappingURL')
  })

  test('the module frame origin serves the frame page under its own CSP, and nothing else', async ({ request }) => {
    const frame = await request.get(`${FRAME}/module-frame/v1.html`)
    expect(frame.status()).toBe(200)
    const headers = frame.headers()
    expect(headers['access-control-allow-origin']).toBe('*')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['cache-control']).toBe('no-cache')
    const csp = directives(headers['content-security-policy'])
    expect(csp).toEqual({
      'default-src': ["'none'"],
      'script-src': [FRAME, CONSOLE],
      'style-src': [FRAME, "'unsafe-inline'"],
      'img-src': ['data:', 'blob:', CONSOLE],
      'font-src': [FRAME, 'data:'],
      'connect-src': [CONSOLE],
      'form-action': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': [CONSOLE],
    })
    // Only the developer harness's frame (?dev=1) may load a local bundle server, and only where it is configured.
    const dev = directives((await request.get(`${FRAME}/module-frame/v1.html?dev=1`)).headers()['content-security-policy'])
    expect(dev['script-src']).toEqual([FRAME, CONSOLE, 'http://localhost:*', 'http://127.0.0.1:*'])

    const frameScript = /src="(\/assets\/[^"]+\.js)"/.exec(await frame.text())![1]!
    const script = await request.get(FRAME + frameScript, { headers: { Origin: 'null' } })
    expect(script.status()).toBe(200)
    expect(script.headers()['access-control-allow-origin']).toBe('*')
    expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable')

    expect((await request.get(`${FRAME}/`)).status()).toBe(404)
    expect((await request.get(`${FRAME}/control-tower/organizations`)).status()).toBe(404)
    expect((await request.get(`${CONSOLE}/module-frame/v1.html`)).status()).toBe(404)
  })

  test('/api is a reverse proxy to the platform API that leaves its answers alone', async ({ request }) => {
    seen.length = 0
    const response = await request.get(`${CONSOLE}/api/v1/auth/me?x=1`, { headers: { Authorization: 'Bearer t0ken' } })
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
    expect(response.headers()['cache-control']).toBe('private, max-age=5')
    expect(response.headers()['x-request-id']).toBe('req-from-api-stub')
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(seen).toHaveLength(1)
    expect(seen[0]!.url).toBe('/v1/auth/me?x=1')
    expect(seen[0]!.headers.authorization).toBe('Bearer t0ken')
    expect(seen[0]!.headers['x-forwarded-proto']).toBe('http')
    expect(seen[0]!.headers['x-forwarded-for']).toBe('127.0.0.1')
  })

  test('the real-mode build signs in against the proxied API, with no demo code and no CSP violation', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    page.on('pageerror', (error) => violations.push(error.message))
    seen.length = 0
    await page.goto(`${CONSOLE}/login`)
    await expect(page.getByRole('button', { name: /Sign in as/ })).toHaveCount(0)
    // The baseline (app/theme/baseline.css) holds here too: a real-mode build once lost it while the demo build kept it.
    const body = await page.locator('body').evaluate((element) => {
      const style = getComputedStyle(element)
      return { margin: style.margin, background: style.backgroundColor, sizing: style.boxSizing }
    })
    expect(body).toEqual({ margin: '0px', background: 'rgb(245, 247, 250)', sizing: 'border-box' })
    await page.getByLabel('Email').fill('someone@example.org')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByText('Email or password is wrong.')).toBeVisible()
    await expect(page.getByText('req-from-api-stub')).toBeVisible()
    expect(seen.map((request) => `${request.method} ${request.url}`)).toContain('POST /v1/auth/login')
    expect(JSON.parse(seen.find((request) => request.url === '/v1/auth/login')!.body)).toEqual({
      email: 'someone@example.org',
      password: 'not-the-password',
    })
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0)
    expect(violations).toEqual([])
  })

  test('a reload of a signed-in tab restores the session from the HTML, asking for the refresh and `me` once', async ({
    page,
  }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    page.on('pageerror', (error) => violations.push(error.message))
    // The early script sits before the entry, with the build's API base (scripts/vite/earlySessionScript.ts).
    const html = readFileSync('dist/index.html', 'utf8')
    const early = html.indexOf('<script src="/assets/early-session-')
    expect(early).toBeGreaterThan(0)
    expect(early).toBeLessThan(html.indexOf('<script type="module"'))
    expect(html).toContain('data-api-base="/api"')

    await page.goto(`${CONSOLE}/login`)
    await page.evaluate(() => sessionStorage.setItem('hla-compass-refresh-token', 'stored-refresh'))
    const authCalls = () =>
      seen.filter((request) => request.url.startsWith('/v1/auth/')).map((request) => `${request.method} ${request.url}`)

    // The HTML asks by itself: with the console's code held back, the refresh and `me` still go out.
    const entry = /\/assets\/main-[\w-]+\.js$/
    await page.route(entry, (route) => route.abort())
    seen.length = 0
    await page.goto(`${CONSOLE}/workflows`)
    await expect.poll(authCalls).toEqual(['POST /v1/auth/refresh', 'GET /v1/auth/me'])
    await page.unroute(entry)

    // With it, the console takes those answers and asks for neither again.
    seen.length = 0
    await page.goto(`${CONSOLE}/workflows`)
    await expect(page.getByRole('button', { name: /Ada Stub/ })).toBeVisible()
    expect(page.url()).toBe(`${CONSOLE}/workflows`)
    expect(authCalls()).toEqual(['POST /v1/auth/refresh', 'GET /v1/auth/me'])
    const auth = seen.filter((request) => request.url.startsWith('/v1/auth/'))
    expect(auth[1]!.headers.authorization).toBe('Bearer early-access')
    expect(auth.every((request) => /^[\w-]{36}$/.test(String(request.headers['x-request-id'])))).toBe(true)
    expect(await page.evaluate(() => sessionStorage.getItem('hla-compass-refresh-token'))).toBe('rotated-refresh')
    expect(violations).toEqual([])
  })
})
