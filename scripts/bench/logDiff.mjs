// Log diff (issue 18, item 6; budgets: ≤ 300 ms, no main-thread task over 50 ms): two 1,000-line step logs side by side.
// `large` scenario (its step logs are verbose: well over 1,000 lines), demo latency off. On a settled comparison,
// "Compare logs" with the last 1,000 lines; from the moment the last log answer has arrived (its `fetch` resolving) to
// the first frame showing the aligned lines with the first new line marked. Parsing and masking run on the main
// thread, the diff in a worker; the longest main-thread task in that span is the second figure.
import { signedInPage } from './browser.mjs'

const WORKFLOW = 'wf-immunopeptidomics-discovery'
// In `large`: run-099967 succeeded, run-099968 failed in HLA typing, same samples and module version (1,665 and 1,173
// log lines).
const BASELINE = 'run-099967'
const FAILED = 'run-099968'
const LINES = 1000
// The window is in the URL before "Compare logs" is clicked: the link keeps it.
const COMPARE = `/workflows/${WORKFLOW}/compare?runs=${BASELINE},${FAILED}&baseline=${BASELINE}&loglines=${LINES}`

/** Records when each step-log answer arrives (the fetch resolving) and every long task, from the page's first script. */
function instrument() {
  window.__benchLogAnswers = []
  window.__benchTasks = []
  const original = window.fetch
  window.fetch = async (...args) => {
    const response = await original(...args)
    const url = typeof args[0] === 'string' ? args[0] : args[0].url
    if (/\/steps\/[^/]+\/logs\?/.test(url)) window.__benchLogAnswers.push(performance.now())
    return response
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask' })
}

/** performance.now() of the first frame with the aligned rows on screen and the first new line marked. */
const renderedAt = (page) =>
  page
    .waitForFunction(
      () =>
        document.querySelector('[role="table"][aria-label^="Log of"] [data-first-new="true"]') &&
        document.querySelectorAll('[role="table"][aria-label^="Log of"] [role="row"][data-index]').length > 10 &&
        performance.now(),
      undefined,
      { polling: 'raf', timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue())

export async function measureLogDiff(browser) {
  const page = await signedInPage(browser, { scenario: 'large', user: 'Mei Lin', path: `/workflows/${WORKFLOW}/runs` })
  await page.addInitScript(instrument)
  await page.reload()
  await page.getByRole('table', { name: 'Workflow runs' }).getByRole('row').nth(5).waitFor()
  const afterLines = []
  const longest = []
  const longestFromClick = []
  for (let i = 0; i < 3; i++) {
    // The comparison first, settled (its chart and artifact diff drawn); then "Compare logs", as a person would, with
    // nothing cached: the console forgets its answers before each round.
    await page.evaluate(() => window.__hlaCompassConsole.forgetAnswers())
    await page.evaluate((to) => window.__hlaCompassConsole.navigate(to), COMPARE)
    await page.locator('.recharts-bar-rectangle').first().waitFor()
    await page.waitForTimeout(500)
    await page.evaluate(() => {
      window.__benchLogAnswers = []
      window.__benchTasks = []
    })
    await page.getByRole('link', { name: `Compare logs of HLA typing in ${FAILED} with the baseline` }).click()
    const rendered = await renderedAt(page)
    const { answers, tasks } = await page.evaluate(() => ({ answers: window.__benchLogAnswers, tasks: window.__benchTasks }))
    if (answers.length < 2) throw new Error(`expected two log answers, saw ${answers.length}`)
    const arrived = Math.max(...answers)
    afterLines.push(rendered - arrived)
    // Tasks from the lines' arrival to the rendered frame: what the log view itself costs the main thread.
    const during = tasks.filter((task) => task.start + task.duration > arrived && task.start < rendered)
    if (process.env.BENCH_DEBUG)
      console.log(
        JSON.stringify({
          answers: answers.map((a) => Math.round(a - arrived)),
          rendered: Math.round(rendered - arrived),
          tasks: tasks.map((t) => [Math.round(t.start - arrived), Math.round(t.duration)]),
        }),
      )
    longest.push(Math.max(0, ...during.map((task) => task.duration)))
    longestFromClick.push(Math.max(0, ...tasks.filter((task) => task.start < rendered).map((task) => task.duration)))
  }
  await page.close()
  return {
    lines: LINES,
    linesArrivedToRenderedMs: afterLines.map(Math.round),
    medianMs: Math.round([...afterLines].sort((a, b) => a - b)[1]),
    longestTaskMs: Math.round(Math.max(...longest)),
    // From the click, including the demo backend, which answers inside the page (a real server costs the page nothing).
    longestTaskFromClickMs: Math.round(Math.max(...longestFromClick)),
  }
}
