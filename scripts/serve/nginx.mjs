// Serves a build with the repository's nginx configuration (deploy/nginx/console.conf.template) on loopback, using the
// machine's nginx (Debian: `apt-get install nginx-light`): the e2e suite's server in CI, and the serving test's.
//   node scripts/serve/nginx.mjs --root dist-demo --port 4173 [--api http://127.0.0.1:4179]
// The console answers as http://127.0.0.1:<port>, the module frame origin as http://localhost:<port> (same server,
// other name: another site to the browser, as a production frame origin is).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const TEMPLATE = join(REPO, 'deploy/nginx/console.conf.template')

/** The nginx executable: NGINX_BIN, or the first of the usual places; null when this machine has none. */
export function nginxBinary() {
  const candidates = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']
  const found = candidates.find((path) => path && existsSync(path))
  if (found) return found
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  return which.status === 0 ? which.stdout.trim() : null
}

/** Fills `${NAME}` from `vars` as the nginx image's envsubst does; an unknown name is an error, not an empty string. */
export function renderTemplate(template, vars) {
  return template.replace(/\$\{([A-Z_]+)\}/g, (_, name) => {
    if (!(name in vars)) throw new Error(`console.conf.template needs ${name}`)
    return vars[name]
  })
}

/** The template's variables for a loopback server on `port`. */
export function loopbackVars({ root, port, api }) {
  const consoleOrigin = `http://127.0.0.1:${port}`
  return {
    STATIC_ROOT: resolve(root),
    LISTEN: `127.0.0.1:${port}`,
    CONSOLE_HOST: '127.0.0.1',
    FRAME_HOST: 'localhost',
    CONSOLE_ORIGIN: consoleOrigin,
    FRAME_ORIGIN: `http://localhost:${port}`,
    // The demo's UI bucket is the console's own /module-bundles/.
    UI_BUCKET_ORIGIN: consoleOrigin,
    API_UPSTREAM: api,
    FRAME_DEV_SOURCES: 'http://localhost:* http://127.0.0.1:*',
  }
}

function mainConfig(prefix, include) {
  const asRoot = process.getuid?.() === 0
  return `${asRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${include};
}
`
}

async function waitUntilUp(url, child, log) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((done) => setTimeout(done, 100))
    }
  }
  const errors = existsSync(log) ? readFileSync(log, 'utf8') : ''
  child.kill('SIGTERM')
  throw new Error(`nginx did not start on ${url}\n${errors}`)
}

/** Starts nginx with the template for `root` on 127.0.0.1:`port`; resolves once it answers. */
export async function startNginx({ root, port, api = `http://127.0.0.1:${port + 6}` }) {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx-light; or set NGINX_BIN)')
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: build first`)
  const prefix = mkdtempSync(join(tmpdir(), `hla-nginx-${port}-`))
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir))
  const vars = loopbackVars({ root, port, api })
  writeFileSync(join(prefix, 'console.conf'), renderTemplate(readFileSync(TEMPLATE, 'utf8'), vars))
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, join(prefix, 'console.conf')))
  const log = join(prefix, 'error.log')
  const child = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', log], { stdio: 'inherit' })
  await waitUntilUp(`http://127.0.0.1:${port}/`, child, log)
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done()
      child.once('exit', () => (rmSync(prefix, { recursive: true, force: true }), done()))
      child.kill('SIGTERM')
    })
  return { origin: vars.CONSOLE_ORIGIN, frameOrigin: vars.FRAME_ORIGIN, vars, stop }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`)
    return at > 0 ? process.argv[at + 1] : fallback
  }
  const port = Number(arg('port', '4173'))
  const server = await startNginx({ root: arg('root', 'dist'), port, api: arg('api', `http://127.0.0.1:${port + 6}`) })
  console.log(`nginx serves ${arg('root', 'dist')} on ${server.origin} (module frame origin ${server.frameOrigin})`)
  const quit = () => void server.stop().then(() => process.exit(0))
  process.on('SIGTERM', quit)
  process.on('SIGINT', quit)
}
