import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
}

export type StaticServer = {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Serves extra bytes at a path from now on (a file that appears later, for Retry). */
  put: (path: string, body: string) => void
  close: () => Promise<void>
}

/**
 * A plain static file server, as `python3 -m http.server` or a dev server's defaults serve: the file with its type, and
 * no CORS header at all (issue 14). `cors: true` adds `Access-Control-Allow-Origin: *`, as `npx http-server --cors` does.
 */
export async function startStaticServer(root: string, { cors = false } = {}): Promise<StaticServer> {
  const extra = new Map<string, string>()
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    void (async () => {
      const body = extra.get(path) ?? (await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))).catch(() => null))
      const headers: Record<string, string> = cors ? { 'Access-Control-Allow-Origin': '*' } : {}
      if (body === null) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
        res.end('<!doctype html><title>Error response</title><h1>Error code: 404</h1>')
        return
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' })
      res.end(body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('static server: no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    put: (path, body) => void extra.set(path, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A loopback port on which nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}
