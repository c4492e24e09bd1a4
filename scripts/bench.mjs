// npm run bench: builds the console and measures the budgets of docs/spec/product.md. Prints JSON (also written to
// reports/bench.json) and exits non-zero when a budget is exceeded or a first load grew over the baseline. `--no-build`
// reuses dist-demo/ and dist/, `--no-browser` skips the measurements that need Chromium.
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { measureBundles } from './bench/bundle.mjs'
import { launchBrowser, startPreview } from './bench/browser.mjs'
import { measureOrgSearch } from './bench/orgSearch.mjs'
import { measureRunHistory } from './bench/runHistory.mjs'
import { measureRunHistoryChart } from './bench/runHistoryChart.mjs'
import { measureComparison } from './bench/comparison.mjs'
import { measureWorkflowGraph } from './bench/workflowGraph.mjs'
import { measureRunGrid } from './bench/runGrid.mjs'
import { measureModuleHost } from './bench/moduleHost.mjs'
import { measureLongValues } from './bench/longValues.mjs'
import { measureArtifactPreview } from './bench/artifactPreview.mjs'
import { measureLogDiff } from './bench/logDiff.mjs'
import { FLOOR_BUDGET, floorFailures, measureAgainstFloor } from './bench/floorBench.mjs'

const BUDGET = {
  firstLoadKb: 280,
  lazyRouteChunkKb: 80,
  orgSearchMs: 150,
  runHistoryFirstRowsMs: 1000,
  runHistoryFilterMs: 200,
  runHistoryChartMs: 300,
  longTaskMs: 50,
  comparisonRenderedMs: 500,
  workflowGraphMs: 300,
  runGridMs: 300,
  moduleMountToReadyMs: 300,
  moduleCyclesHeapGrowthMb: 10,
  longValueTaskMs: 200,
  artifactPreviewMs: 300,
  contentDiffMs: 300,
  logDiffRenderedMs: 300,
}

/**
 * Sizes are deterministic, so any growth is a regression even under the budget: each route's first load may not grow
 * more than 1 kB over the committed baseline (`--update-baseline` records the current build after a deliberate change).
 * Timings are noisy; their budgets are the gate.
 */
const BASELINE = 'scripts/bench/baseline.json'
const TOLERANCE_KB = 1
function bundleRegressions(bundles) {
  const current = { firstLoadGzipKb: bundles.firstLoadGzipKb, entryGzipKb: bundles.entryGzipKb }
  if (process.argv.includes('--update-baseline') || !existsSync(BASELINE)) {
    writeFileSync(BASELINE, JSON.stringify(current, null, 2) + '\n')
    return []
  }
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'))
  const pairs = [['entry', baseline.entryGzipKb, current.entryGzipKb]]
  for (const [route, kb] of Object.entries(current.firstLoadGzipKb)) pairs.push([route, baseline.firstLoadGzipKb[route], kb])
  return pairs
    .filter(([, before, now]) => before !== undefined && now > before + TOLERANCE_KB)
    .map(([what, before, now]) => `first load of ${what} grew from ${before} kB to ${now} kB (baseline ${BASELINE})`)
}

if (!process.argv.includes('--no-build')) {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
  execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, VITE_API_MOCKING: 'off' } })
}
// The demo build (what the browser measurements run) and the real-mode build (what production serves) are both judged.
const bundles = measureBundles(BUDGET)
const real = measureBundles(BUDGET, 'dist')
const failures = [
  ...bundles.failures,
  ...real.failures.map((failure) => `real-mode build: ${failure}`),
  ...bundleRegressions(bundles),
]
const interactions = {}

if (!process.argv.includes('--no-browser')) {
  const stopPreview = await startPreview()
  const browser = await launchBrowser()
  try {
    interactions.orgSearchLarge = await measureOrgSearch(browser)
    if (interactions.orgSearchLarge.medianMs > BUDGET.orgSearchMs)
      failures.push(`org search keystroke → list: median ${interactions.orgSearchLarge.medianMs} ms > ${BUDGET.orgSearchMs} ms`)
    const runs = (interactions.runHistoryLarge = await measureRunHistory(browser))
    const slowestLoad = Math.max(...runs.inAppNavigationToFirstRowsMs)
    if (slowestLoad > BUDGET.runHistoryFirstRowsMs)
      failures.push(`Run History navigation → first rows: ${slowestLoad} ms > ${BUDGET.runHistoryFirstRowsMs} ms`)
    if (runs.filterOrSortMedianMs > BUDGET.runHistoryFilterMs)
      failures.push(`Run History filter/sort → rows: median ${runs.filterOrSortMedianMs} ms > ${BUDGET.runHistoryFilterMs} ms`)
    if (runs.longestTaskWhileScrollingMs > BUDGET.longTaskMs)
      failures.push(`Run History scrolling: a ${runs.longestTaskWhileScrollingMs} ms task > ${BUDGET.longTaskMs} ms`)
    const chart = (interactions.runHistoryChartLarge = await measureRunHistoryChart(browser))
    // Judged on the median of 7, like filter/sort: on a busy 2-core machine the in-page demo backend's own polls land
    // in a sample now and then (the max is reported beside it).
    if (chart.answerToBarsMedianMs > BUDGET.runHistoryChartMs)
      failures.push(
        `Run History chart: answer → ${chart.bars} bars drawn: median ${chart.answerToBarsMedianMs} ms > ${BUDGET.runHistoryChartMs} ms`,
      )
    const comparison = (interactions.comparison10x50 = await measureComparison(browser))
    const slowestCompare = Math.max(...comparison.inAppNavigationToRenderedMs)
    if (slowestCompare > BUDGET.comparisonRenderedMs)
      failures.push(`comparison 10 × 50 navigation → rendered: ${slowestCompare} ms > ${BUDGET.comparisonRenderedMs} ms`)
    const graph = (interactions.workflowGraph50 = await measureWorkflowGraph(browser))
    if (graph.dataToDrawnMedianMs > BUDGET.workflowGraphMs)
      failures.push(
        `workflow graph of 50 steps, data → drawn: median ${graph.dataToDrawnMedianMs} ms > ${BUDGET.workflowGraphMs} ms`,
      )
    const grid = (interactions.runGrid50x50 = await measureRunGrid(browser))
    if (grid.dataToDrawnMedianMs > BUDGET.runGridMs)
      failures.push(`runs × steps grid 50 × 50, data → drawn: median ${grid.dataToDrawnMedianMs} ms > ${BUDGET.runGridMs} ms`)
    const host = (interactions.moduleHost = await measureModuleHost(browser))
    if (host.mountToReadyMedianMs > BUDGET.moduleMountToReadyMs)
      failures.push(`module UI mount → ready: median ${host.mountToReadyMedianMs} ms > ${BUDGET.moduleMountToReadyMs} ms`)
    if (host.heapGrowthMb > BUDGET.moduleCyclesHeapGrowthMb || host.iframesLeft || host.messageListenersAdded > 0)
      failures.push(
        `module UI ${host.cycles} mount/unmount cycles: heap +${host.heapGrowthMb} MB, ${host.iframesLeft} iframes and ${host.messageListenersAdded} message listeners left`,
      )
    const artifacts = (interactions.artifactPreview = await measureArtifactPreview(browser))
    if (artifacts.tsvPreviewMedianMs > BUDGET.artifactPreviewMs)
      failures.push(
        `1 MiB TSV preview after its bytes: median ${artifacts.tsvPreviewMedianMs} ms > ${BUDGET.artifactPreviewMs} ms`,
      )
    if (artifacts.diffMedianMs > BUDGET.contentDiffMs)
      failures.push(
        `content diff of 1,000 lines after the bytes: median ${artifacts.diffMedianMs} ms > ${BUDGET.contentDiffMs} ms`,
      )
    for (const [what, ms] of [
      ['TSV preview', artifacts.tsvPreviewLongestTaskMedianMs],
      ['content diff', artifacts.diffLongestTaskMedianMs],
    ])
      if (ms > BUDGET.longTaskMs) failures.push(`${what}: a ${ms} ms task while rendering > ${BUDGET.longTaskMs} ms`)
    const logDiff = (interactions.logDiff1000 = await measureLogDiff(browser))
    if (logDiff.medianMs > BUDGET.logDiffRenderedMs)
      failures.push(
        `log diff of two 1,000-line logs, lines → rendered: median ${logDiff.medianMs} ms > ${BUDGET.logDiffRenderedMs} ms`,
      )
    if (logDiff.longestTaskMs > BUDGET.longTaskMs)
      failures.push(`log diff of two 1,000-line logs: a ${logDiff.longestTaskMs} ms task > ${BUDGET.longTaskMs} ms`)
    // From here on the real-mode build on a local API server: the demo preview is stopped first, as two servers would
    // compete for the same two cores.
    stopPreview()
    const long = (interactions.longValues = await measureLongValues(browser))
    for (const { path, longestTaskMs } of long.pages)
      if (longestTaskMs > BUDGET.longValueTaskMs)
        failures.push(`long values: a ${longestTaskMs} ms task on ${path} > ${BUDGET.longValueTaskMs} ms`)
    // Issue 16: the real-mode console against plain pages doing the same work, as ratios (see floorBench.mjs).
    interactions.againstFloor = await measureAgainstFloor(browser)
    failures.push(...floorFailures(interactions.againstFloor))
  } finally {
    await browser.close()
    stopPreview()
  }
}

const realBuild = { firstLoadGzipKb: real.firstLoadGzipKb, entryGzipKb: real.entryGzipKb }
const result = {
  measuredAt: new Date().toISOString(),
  budgets: { ...BUDGET, floorRatios: FLOOR_BUDGET },
  ...bundles,
  realBuild,
  interactions,
  failures,
}
mkdirSync('reports', { recursive: true })
writeFileSync('reports/bench.json', JSON.stringify(result, null, 2))
console.log(JSON.stringify(result, null, 2))
process.exit(failures.length ? 1 : 0)
