// Bundle budgets from the build manifest: first-load JavaScript (gzip) of every route — the entry plus every chunk the
// route needs to render, demo-backend chunk excluded — and the size of each lazily loaded route chunk.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const LAYOUT = 'src/app/layout/AppLayoutRoute.tsx'
const CT = 'src/features/control-tower'
const WR = 'src/features/workflow-runs'
// Route → the lazily loaded modules it renders at first paint (layout, page, default tab), as in src/app/routes.tsx.
// With a drawer opened by link, the list behind it is not awaited (its table chunk follows the drawer).
export const ROUTES = {
  '/login': ['src/app/auth/LoginRoute.tsx', 'src/app/auth/DemoUserPicker.tsx'],
  '/cli-login': ['src/app/auth/CliLoginRoute.tsx'],
  '/': [LAYOUT, 'src/app/home/HomeRoute.tsx'],
  '/control-tower/organizations': [LAYOUT, `${CT}/routes/OrganizationsRoute.tsx`, `${CT}/components/OrganizationTable.tsx`],
  '/control-tower/organizations/:orgId': [
    LAYOUT,
    `${CT}/routes/OrganizationsRoute.tsx`,
    `${CT}/routes/OrganizationDrawerRoute.tsx`,
    `${CT}/components/overview/OverviewTab.tsx`,
  ],
  '/control-tower/organizations/:orgId?tab=registries': [
    LAYOUT,
    `${CT}/routes/OrganizationsRoute.tsx`,
    `${CT}/routes/OrganizationDrawerRoute.tsx`,
    `${CT}/components/registries/RegistriesTab.tsx`,
  ],
  '/settings/organization': [LAYOUT, `${CT}/routes/OrganizationSettingsRoute.tsx`, `${CT}/components/overview/OverviewTab.tsx`],
  // No route shows the "not available yet" placeholder any more (the harness was the last one).
  '/modules': [LAYOUT, 'src/features/catalog/routes/CatalogRoute.tsx'],
  '/modules/:moduleId': [
    LAYOUT,
    'src/features/catalog/routes/ModuleRoute.tsx',
    'src/features/catalog/components/overview/OverviewTab.tsx',
  ],
  '/modules/:moduleId?tab=versions': [
    LAYOUT,
    'src/features/catalog/routes/ModuleRoute.tsx',
    'src/features/catalog/components/versions/VersionsTab.tsx',
  ],
  '/modules/:moduleId/run': [LAYOUT, 'src/features/catalog/routes/LaunchRoute.tsx'],
  '/runs': [LAYOUT, 'src/features/module-runs/routes/ModuleRunsRoute.tsx', 'src/features/module-runs/components/RunList.tsx'],
  // A run opened by link is a page; the list behind a drawer is not awaited (docs/decisions/005).
  '/runs/:runId': [
    LAYOUT,
    'src/features/module-runs/routes/ModuleRunsRoute.tsx',
    'src/features/module-runs/routes/ModuleRunRoute.tsx',
  ],
  '/workflows': [LAYOUT, `${WR}/routes/WorkflowsRoute.tsx`],
  '/workflows/:workflowId/runs': [LAYOUT, `${WR}/routes/RunHistoryRoute.tsx`, `${WR}/components/RunHistoryTable.tsx`],
  '/workflows/:workflowId/runs/:runId': [LAYOUT, 'src/features/workflow-runs/routes/RunDetailRoute.tsx'],
  // The chart (recharts) is a lazy chunk of its own, loaded after the tables render: not part of the first load.
  '/workflows/:workflowId/compare': [LAYOUT, `${WR}/routes/CompareRunsRoute.tsx`],
  '/dev/module-harness': [LAYOUT, 'src/features/module-host/routes/ModuleHarnessRoute.tsx'],
  '*': [LAYOUT, 'src/app/pages/NotFoundRoute.tsx'],
}

/** Lazily loaded chunks that are a chart library's own (product.md budgets: "chart library in its own chunk"). */
const CHART_CHUNKS = ['src/features/workflow-runs/components/compare/StepMetricsChart.tsx']

const round = (kb) => Math.round(kb * 10) / 10

export function measureBundles(budget, dir = 'dist-demo') {
  const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'))
  const gzipKb = (key) => gzipSync(readFileSync(`${dir}/${manifest[key].file}`)).length / 1024
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen
    seen.add(key)
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen)
    return seen
  }
  // The console's entry; the module frame page (module-frame/v1.html) is an entry too, but no console route.
  const entryKey = manifest['index.html']?.isEntry ? 'index.html' : Object.keys(manifest).find((key) => manifest[key].isEntry)
  const entry = closure(entryKey)
  const failures = []
  const firstLoad = {}
  for (const [route, modules] of Object.entries(ROUTES)) {
    const files = new Set(entry)
    for (const module of modules) {
      if (!manifest[module] && dir !== 'dist-demo' && /Demo|ModuleHarness/.test(module)) continue // demo/dev-only UI
      if (!manifest[module]) throw new Error(`${module} is not a chunk of the build: update scripts/bench/bundle.mjs`)
      closure(module, files)
    }
    const kb = [...files].reduce((sum, key) => sum + gzipKb(key), 0)
    firstLoad[route] = round(kb)
    if (kb > budget.firstLoadKb) failures.push(`first load of ${route}: ${round(kb)} kB > ${budget.firstLoadKb} kB`)
  }
  const lazyChunks = {}
  for (const key of Object.keys(manifest).filter(
    (k) => manifest[k].isDynamicEntry && !k.startsWith('mocks/') && !CHART_CHUNKS.includes(k),
  )) {
    const kb = gzipKb(key)
    lazyChunks[key] = round(kb)
    if (kb > budget.lazyRouteChunkKb) failures.push(`lazy chunk ${key}: ${round(kb)} kB > ${budget.lazyRouteChunkKb} kB`)
  }
  const demo = Object.keys(manifest).find((key) => key.startsWith('mocks/browser'))
  // The chart's chunk is recharts plus the 2 kB chart component: the chart library's own chunk (product.md), fetched
  // only where a chart is drawn. Reported on its own line, not judged as a route chunk.
  const chart = Object.keys(manifest).find((key) => CHART_CHUNKS.includes(key))
  return {
    firstLoadGzipKb: firstLoad,
    entryGzipKb: round([...entry].reduce((sum, key) => sum + gzipKb(key), 0)),
    lazyChunkGzipKb: lazyChunks,
    demoBackendChunkGzipKb: demo ? round(gzipKb(demo)) : null,
    chartChunkGzipKb: chart ? round(gzipKb(chart)) : null,
    failures,
  }
}
