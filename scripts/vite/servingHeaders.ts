import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'

/**
 * Response headers of the dev server and `vite preview` where the defaults would differ from production's serving
 * (deploy/nginx): the module frame's (module-ui-contract §3, §10), and the cache policy of hashed files:
 * - the frame page's CSP as a header, with the origins written out (`'self'` is unreliable in an opaque origin); the
 *   developer harness's frame (`?dev=1`) adds http://localhost:* and http://127.0.0.1:*;
 * - `Access-Control-Allow-Origin: *` for requests with `Origin: null`: the sandboxed frame's module scripts, packs and
 *   bundles are CORS requests from an opaque origin, which a localhost-only CORS policy would refuse;
 * - immutable caching for the UI bucket in preview (published bundles never change), and for the build's hashed files,
 *   the console's and the frame's alike, as the production nginx serves them (deploy/nginx/console.conf.template).
 */
/**
 * `origin` is the frame page's own origin. The console and the UI bucket are the same server here, reached as either
 * loopback name (the console frames its frame page through the other name, see ModuleHost), so both are written out.
 */
export function frameCsp(origin: string, options: { dev: boolean; devServer: boolean }): string {
  const url = new URL(origin)
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1'
  const origins = (loopback ? [`http://127.0.0.1:${url.port}`, `http://localhost:${url.port}`] : [origin]).join(' ')
  const local = options.dev ? ' http://localhost:* http://127.0.0.1:*' : ''
  // The dev server injects an inline React Refresh preamble and talks to its HMR socket.
  const devScript = options.devServer ? " 'unsafe-inline'" : ''
  const devConnect = options.devServer ? ` ws://${url.host}` : ''
  return [
    "default-src 'none'",
    `script-src ${origins}${local}${devScript}`,
    `style-src ${origins} 'unsafe-inline'`,
    `img-src data: blob: ${origins}`,
    `font-src ${origins} data:`,
    `connect-src ${origins}${local}${devConnect}`,
    "form-action 'none'",
    "base-uri 'none'",
    `frame-ancestors ${origins}`,
  ].join('; ')
}

function pinCacheControl(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === 'cache-control' ? 'public, max-age=31536000, immutable' : value)
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
}

function middleware(base: string, devServer: boolean) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
    if (req.headers.origin === 'null') res.setHeader('Access-Control-Allow-Origin', '*')
    // `vite preview` marks every file no-cache. Hashed files never change: a chunk the console imports on a click, or a
    // new frame realm's scripts, come from the cache as in production instead of waiting for a revalidation each time.
    if (!devServer && url.pathname.startsWith(`${base}assets/`)) pinCacheControl(res)
    if (url.pathname === `${base}module-frame/v1.html`) {
      res.setHeader('Content-Security-Policy', frameCsp(url.origin, { dev: url.searchParams.has('dev'), devServer }))
      res.setHeader('Cache-Control', 'no-cache')
    } else if (
      !devServer &&
      (url.pathname.startsWith(`${base}module-bundles/`) || url.pathname.startsWith(`${base}module-runtime/`))
    ) {
      res.setHeader('Access-Control-Allow-Origin', '*')
      if (!url.pathname.endsWith('.json')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    }
    next()
  }
}

export function servingHeaders(): Plugin {
  let base = '/'
  return {
    name: 'serving-headers',
    configResolved(config) {
      base = config.base
    },
    configureServer: (server) => void server.middlewares.use(middleware(base, true)),
    configurePreviewServer: (server) => void server.middlewares.use(middleware(base, false)),
  }
}
