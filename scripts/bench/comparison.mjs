// Comparison of 10 runs × 50 steps (budget ≤ 500 ms), `large` scenario, demo latency off: from the click on Compare in
// the Run History (ten runs of the 50-step allele sweep selected) to the frame in which the step-aligned table has all
// 50 rows and the timeline overlay all 10 lanes. The navigation starts at the click event, as the filter and sort
// figures do (runHistory.mjs); the time from Playwright's call, which first scrolls, hovers and waits for the button to
// be still (~40–60 ms on a busy machine), is reported beside it. A full page load of the comparison URL is reported too.
import { BASE_URL, median, signedInPage } from './browser.mjs'

const WORKFLOW = 'wf-allele-panel-sweep'
const HISTORY = `/workflows/${WORKFLOW}/runs`
const RUNS = 10
const STEPS = 50

/** performance.now() of the first frame in which the comparison's table and timeline are complete. */
const renderedAt = (page) =>
  page
    .waitForFunction(
      ({ runs, steps }) => {
        const rows = document.querySelectorAll('table[aria-label="Steps aligned by step id"] tbody tr').length
        const lanes = document.querySelectorAll('.lane[role="img"]').length
        return rows === steps && lanes === runs && performance.now()
      },
      { runs: RUNS, steps: STEPS },
      { polling: 'raf', timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue())

export async function measureComparison(browser) {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Mei Lin', path: HISTORY })
  const table = page.getByRole('table', { name: 'Workflow runs' })
  await table.getByRole('row').nth(RUNS).waitFor()
  // The ten newest finished runs (running ones still poll and would grow during the measurement).
  const ids = await page.evaluate(
    ({ count }) =>
      [...document.querySelectorAll('table[aria-label="Workflow runs"] tbody tr')]
        .filter((row) => !/running/i.test(row.textContent ?? ''))
        .map((row) => row.textContent?.match(/run-\d{6}/)?.[0])
        .filter(Boolean)
        .slice(0, count),
    { count: RUNS },
  )
  if (ids.length < RUNS) throw new Error(`only ${ids.length} finished runs on the first page`)

  const inApp = []
  const fromPlaywrightCall = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`${BASE_URL}${HISTORY}?selected=${ids.join(',')}`)
    const compare = page.getByRole('toolbar', { name: 'Selected runs' }).getByRole('button', { name: 'Compare' })
    await compare.waitFor()
    await page.waitForTimeout(500)
    const t0 = await page.evaluate(() => {
      window.__clickedAt = 0
      document.addEventListener('click', (event) => (window.__clickedAt = event.timeStamp), { capture: true, once: true })
      return performance.now()
    })
    await compare.click()
    const renderedMs = await renderedAt(page)
    inApp.push(renderedMs - (await page.evaluate(() => window.__clickedAt)))
    fromPlaywrightCall.push(renderedMs - t0)
  }
  const loads = []
  const url = `${BASE_URL}/workflows/${WORKFLOW}/compare?runs=${ids.join(',')}&baseline=${ids[0]}`
  for (let i = 0; i < 3; i++) {
    await page.goto(url)
    loads.push(await renderedAt(page))
  }
  await page.close()
  return {
    runs: RUNS,
    steps: STEPS,
    inAppNavigationToRenderedMs: inApp.map(Math.round),
    inAppMedianMs: Math.round(median(inApp)),
    fromPlaywrightClickCallMs: fromPlaywrightCall.map(Math.round),
    pageLoadToRenderedMs: loads.map(Math.round),
  }
}
