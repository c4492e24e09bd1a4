// Artifact preview and content diff (issue 18, item 6), demo latency off:
// - preview of a TSV larger than 1 MiB (its first 1 MiB is read): from the moment its bytes have arrived (the content
//   request's responseEnd) to the first frame with the table's rows — budget 300 ms;
// - content diff of two versions' first 1,000 lines (binders.tsv of two succeeded runs, by column): from the moment the
//   second file's bytes have arrived to the first frame with the side-by-side rows — budget 300 ms;
// - the longest main-thread task (Long Tasks API) from the bytes' arrival until a frame after the render — budget 50 ms.
// Each is measured on a fresh page (so the bytes are fetched, not cached), three times; the medians are judged.
import { BASE_URL, median, signedInPage } from './browser.mjs'

const WF = '/workflows/wf-immunopeptidomics-discovery'
/** Runs whose library search wrote a peptides.tsv over 1 MiB (demo fixtures). */
const LARGE_TSV_RUNS = ['run-000034', 'run-000417', 'run-000021']
const DIFF_PAIRS = [
  ['run-000020', 'run-000417'],
  ['run-000417', 'run-000020'],
  ['run-000020', 'run-000417'],
]

/** Long tasks from now on, collected in the page. */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))),
    ).observe({ type: 'longtask' })
  })

/**
 * The longest task that ran while the console rendered: from the bytes' arrival to a frame after the render. The demo
 * backend answers from the page's own main thread (MSW), so the tasks that made the bytes come before and do not count.
 */
const longestTaskWhileRendering = (page, from) =>
  page.evaluate(
    (from) => Math.max(0, ...window.__longTasks.filter((task) => task.start + task.duration > from).map((task) => task.duration)),
    from,
  )

/** performance.now() of the first frame in which `selector` matches at least `count` elements. */
const frameWith = (page, selector, count) =>
  page
    .waitForFunction(
      ({ selector, count }) => document.querySelectorAll(selector).length >= count && performance.now(),
      { selector, count },
      { polling: 'raf', timeout: 20_000 },
    )
    .then((handle) => handle.jsonValue())

/** The latest responseEnd of the artifact content requests so far (resource timing). */
const bytesArrivedAt = (page) =>
  page.evaluate(() =>
    Math.max(
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/artifacts/content'))
        .map((entry) => entry.responseEnd),
    ),
  )

async function measurePreview(browser, runId) {
  const page = await signedInPage(browser, { user: 'Jonas Weber', path: `${WF}/runs/${runId}` })
  const button = page.getByRole('table', { name: 'Steps' }).getByRole('button', { name: 'Preview peptides.tsv' })
  await button.waitFor()
  await watchLongTasks(page)
  await button.click()
  // The header row and the 100 rows shown.
  const rendered = await frameWith(page, 'table[aria-label="Content of peptides.tsv"] tr', 101)
  const arrived = await bytesArrivedAt(page)
  // A frame more, for a task that ends the render.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const longest = await longestTaskWhileRendering(page, arrived)
  await page.close()
  return { afterBytesMs: rendered - arrived, longestTaskMs: longest }
}

async function measureDiff(browser, [baseline, other]) {
  const path = `${WF}/compare?runs=${baseline},${other}&baseline=${baseline}`
  const page = await signedInPage(browser, { user: 'Jonas Weber', path })
  // The comparison first settles (its tables and its chart), so only the diff's own work is measured.
  const chart = page.getByRole('region', { name: 'Duration and credits per step' })
  await chart.locator('.recharts-bar-rectangle').first().waitFor()
  const button = page
    .getByRole('table', { name: 'Artifacts compared with the baseline' })
    .getByRole('button', { name: `Changed: compare binders.tsv of ${other} with the baseline` })
  await watchLongTasks(page)
  await button.click()
  const rendered = await frameWith(page, '[aria-label="Rows of binders.tsv compared by column"] [data-change]', 20)
  const arrived = await bytesArrivedAt(page)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const longest = await longestTaskWhileRendering(page, arrived)
  const lines = await page.evaluate(() => document.querySelector('[role="dialog"] [role="status"]')?.textContent ?? '')
  await page.close()
  return { afterBytesMs: rendered - arrived, longestTaskMs: longest, summary: lines }
}

export async function measureArtifactPreview(browser) {
  const previews = []
  for (const runId of LARGE_TSV_RUNS) previews.push(await measurePreview(browser, runId))
  const diffs = []
  for (const pair of DIFF_PAIRS) diffs.push(await measureDiff(browser, pair))
  const round = (values) => values.map(Math.round)
  const mid = (values) => Math.round(median(values))
  return {
    url: BASE_URL,
    tsvPreviewAfterBytesMs: round(previews.map((p) => p.afterBytesMs)),
    tsvPreviewMedianMs: mid(previews.map((p) => p.afterBytesMs)),
    tsvPreviewLongestTasksMs: round(previews.map((p) => p.longestTaskMs)),
    tsvPreviewLongestTaskMedianMs: mid(previews.map((p) => p.longestTaskMs)),
    diffAfterBytesMs: round(diffs.map((d) => d.afterBytesMs)),
    diffMedianMs: mid(diffs.map((d) => d.afterBytesMs)),
    diffLongestTasksMs: round(diffs.map((d) => d.longestTaskMs)),
    diffLongestTaskMedianMs: mid(diffs.map((d) => d.longestTaskMs)),
    diffSummary: diffs[0]?.summary,
  }
}
