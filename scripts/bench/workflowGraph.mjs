// Workflow graph of the 50-step sweep (issue 17, budget ≤ 300 ms), `large` scenario, demo latency off: from the moment
// the graph has its workflow in hand (the `workflow-graph:data` mark WorkflowGraph sets as it starts the layout) to the
// frame in which all 50 nodes are drawn. Measured on a failed run's page reached from Run History (in-app) and on a
// full load of that page; the click → drawn time of the in-app visit is reported beside it.
import { BASE_URL, median, signedInPage } from './browser.mjs'

const WORKFLOW = 'wf-allele-panel-sweep'
const HISTORY = `/workflows/${WORKFLOW}/runs`
const STEPS = 50
const MARK = 'workflow-graph:data'

/** performance.now() of the first frame with every node drawn, and the newest layout mark before it. */
const drawnAt = (page) =>
  page
    .waitForFunction(
      ({ steps, mark }) => {
        const graph = document.querySelector('[role="group"][aria-label^="Workflow graph of"]')
        if (!graph || graph.querySelectorAll('.wfg-node').length !== steps) return false
        const marks = performance.getEntriesByName(mark)
        return marks.length > 0 && { drawnMs: performance.now(), dataMs: marks[marks.length - 1].startTime }
      },
      { steps: STEPS, mark: MARK },
      { polling: 'raf', timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue())

export async function measureWorkflowGraph(browser) {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Mei Lin', path: `${HISTORY}?status=FAILED` })
  const table = page.getByRole('table', { name: 'Workflow runs' })
  await table.getByRole('row').nth(1).waitFor()
  const runId = await page.evaluate(
    () => document.querySelector('table[aria-label="Workflow runs"] tbody tr')?.textContent?.match(/run-\d{6}/)?.[0],
  )
  if (!runId) throw new Error('no failed run of the sweep on the first page')

  const inApp = []
  const clicks = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`${BASE_URL}${HISTORY}?status=FAILED`)
    const link = table.getByRole('link', { name: runId, exact: true })
    await link.waitFor()
    await page.evaluate((mark) => performance.clearMarks(mark), MARK)
    const t0 = await page.evaluate(() => performance.now())
    await link.click()
    const { drawnMs, dataMs } = await drawnAt(page)
    inApp.push(drawnMs - dataMs)
    clicks.push(drawnMs - t0)
  }
  const loads = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`${BASE_URL}${HISTORY}/${runId}`)
    const { drawnMs, dataMs } = await drawnAt(page)
    loads.push(drawnMs - dataMs)
  }
  await page.close()
  const all = [...inApp, ...loads]
  return {
    runId,
    steps: STEPS,
    inAppDataToDrawnMs: inApp.map(Math.round),
    pageLoadDataToDrawnMs: loads.map(Math.round),
    dataToDrawnMedianMs: Math.round(median(all)),
    slowestDataToDrawnMs: Math.round(Math.max(...all)),
    inAppClickToDrawnMs: clicks.map(Math.round),
  }
}
