// Long values (issue 12, budget: no main-thread task over 200 ms): in the `long` scenario every free-text field of
// every answer is ~100,000 characters. For each page a person reaches, in-app navigation after the console has booted
// (so start-up is not counted), the longest main-thread task (Long Tasks API) until the page has settled; the same page
// in the `default` scenario is measured beside it.
//
// Measured as issue 12 found the freezes: the real-mode build, its answers from a server of their own
// (realServer.mjs), so that each figure is the console's. On the demo build the in-page demo backend builds and
// serializes every multi-megabyte answer in the page's own main thread, which no user of the console pays.
import { readFileSync } from 'node:fs'
import { PERSONAS, signedInRealPage } from './floor.mjs'
import { startRealServer } from './realServer.mjs'

/** Every page with free text on it, by the person who sees it (e2e/long-values.spec.ts visits the same ones). */
const LONG_VALUE_PAGES = JSON.parse(readFileSync(new URL('../../e2e/longValuePages.json', import.meta.url), 'utf8'))

/** Resolves once no request of the page has been in flight for 500 ms (the page's own fetches, not its load state). */
async function quiet(page) {
  let inFlight = 0
  let lastChange = Date.now()
  const started = () => ((inFlight += 1), (lastChange = Date.now()))
  const ended = () => ((inFlight -= 1), (lastChange = Date.now()))
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  try {
    while (inFlight > 0 || Date.now() - lastChange < 500) await new Promise((resolve) => setTimeout(resolve, 50))
  } finally {
    page.off('request', started)
    page.off('requestfinished', ended)
    page.off('requestfailed', ended)
  }
}

/** Navigates in the app (the router follows the history) and returns the longest task until nothing is loading. */
async function longestTaskOf(page, path) {
  await page.evaluate(() => {
    window.__benchTasks = []
    window.__benchObserver?.disconnect()
    window.__benchObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchTasks.push(Math.round(entry.duration))
    })
    window.__benchObserver.observe({ type: 'longtask' })
  })
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await quiet(page)
  // Settled: no loading state left (a validating version's own spinner is not one).
  const loading = 'main [role="progressbar"][aria-label^="Loading"], main .MuiSkeleton-root'
  await page.waitForFunction((selector) => !document.querySelector(selector), loading, { timeout: 30_000 })
  // Two frames after the last answer: what it rendered has been laid out and painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return Math.max(0, ...(await page.evaluate(() => window.__benchTasks)))
}

/** Visits every page once per person, in a tab each: the longest task of each page, in LONG_VALUE_PAGES' order. */
async function visitAll(browser, origin) {
  const tabs = new Map()
  const taskMs = []
  try {
    for (const [persona, path] of LONG_VALUE_PAGES) {
      let tab = tabs.get(persona)
      // Signed in on the 404 page of the shell: it loads no data, so every measured page is a navigation away.
      if (!tab) tabs.set(persona, (tab = await signedInRealPage(browser, origin, PERSONAS[persona], '/bench-start')))
      taskMs.push(await longestTaskOf(tab, path))
    }
  } finally {
    for (const tab of tabs.values()) await tab.close()
  }
  return taskMs
}

export async function measureLongValues(browser) {
  const pages = LONG_VALUE_PAGES.map(([user, path]) => ({ path, user }))
  for (const scenario of ['long', 'default']) {
    const server = await startRealServer({ scenario })
    try {
      // The server builds each multi-megabyte answer once, on the same two cores as the browser: a first pass lets it
      // record them, so that the measured pass times the console and not a server sharing its machine.
      await visitAll(browser, server.origin)
      const measured = await visitAll(browser, server.origin)
      measured.forEach((ms, i) => (pages[i][scenario === 'long' ? 'longestTaskMs' : 'defaultScenarioMs'] = ms))
    } finally {
      await server.close()
    }
  }
  const worst = pages.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a))
  return {
    valueLength: 100_000,
    build: 'real mode, answers from realServer.mjs',
    pages,
    worstPage: worst.path,
    worstLongestTaskMs: worst.longestTaskMs,
  }
}
