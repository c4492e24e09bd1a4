// npm run bench: builds the console and measures the budgets of ../shared/spec/product.md that can be measured from the
// build: first-load JavaScript (gzip) of every route and the size of every lazily loaded route chunk. Prints JSON (also
// written to reports/bench.json) and exits non-zero when a budget is exceeded. Later issues add their measurements here.
import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET = { firstLoadKb: 280, lazyRouteChunkKb: 80 }

// Route → the lazily loaded route modules it renders (the layout and the page), as in src/app/routes.tsx.
const LAYOUT = 'src/app/layout/AppLayoutRoute.tsx'
const PLACEHOLDER = 'src/app/pages/NotAvailableYetRoute.tsx'
const ROUTES = {
  '/login': ['src/app/auth/LoginRoute.tsx'],
  '/cli-login': ['src/app/auth/CliLoginRoute.tsx'],
  '/': [LAYOUT, 'src/app/home/HomeRoute.tsx'],
  '/control-tower/organizations': [LAYOUT, PLACEHOLDER],
  '/settings/organization': [LAYOUT, PLACEHOLDER],
  '/modules': [LAYOUT, PLACEHOLDER],
  '/runs': [LAYOUT, PLACEHOLDER],
  '/workflows': [LAYOUT, PLACEHOLDER],
  '/workflows/:workflowId/runs': [LAYOUT, PLACEHOLDER],
  '/dev/module-harness': [LAYOUT, PLACEHOLDER],
  '*': [LAYOUT, 'src/app/pages/NotFoundRoute.tsx'],
}

if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))
const gzipKb = (file) => gzipSync(readFileSync(`dist/${file}`)).length / 1024
const round = (kb) => Math.round(kb * 10) / 10

/** A chunk and everything it imports statically: what must load before it can run. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen)
  return seen
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
const entryFiles = staticClosure(entryKey)
const failures = []
const routes = {}
for (const [route, modules] of Object.entries(ROUTES)) {
  const files = new Set(entryFiles)
  for (const module of modules) {
    if (!manifest[module]) throw new Error(`${module} is not a chunk of the build: update scripts/bench.mjs`)
    staticClosure(module, files)
  }
  const kb = [...files].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0)
  routes[route] = round(kb)
  if (kb > BUDGET.firstLoadKb) failures.push(`first load of ${route}: ${round(kb)} kB > ${BUDGET.firstLoadKb} kB`)
}

const lazyChunks = {}
for (const module of new Set(Object.values(ROUTES).flat())) {
  const kb = gzipKb(manifest[module].file)
  lazyChunks[module] = round(kb)
  if (kb > BUDGET.lazyRouteChunkKb) failures.push(`lazy chunk ${module}: ${round(kb)} kB > ${BUDGET.lazyRouteChunkKb} kB`)
}

const demoChunk = Object.entries(manifest).find(([key]) => key.startsWith('mocks/browser'))
const result = {
  measuredAt: new Date().toISOString(),
  budgets: BUDGET,
  firstLoadGzipKb: routes,
  entryGzipKb: round([...entryFiles].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0)),
  lazyRouteChunkGzipKb: lazyChunks,
  demoBackendChunkGzipKb: demoChunk ? round(gzipKb(demoChunk[1].file)) : null,
  failures,
}
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', JSON.stringify(result, null, 2))
console.log(JSON.stringify(result, null, 2))
process.exit(failures.length ? 1 : 0)
