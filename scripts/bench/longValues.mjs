// Long values (issue 12, budget: no main-thread task over 200 ms): in the `long` scenario every free-text field of
// every answer is ~100,000 characters. For each page a person reaches, in-app navigation after the console has booted
// (so start-up is not counted), the longest main-thread task (Long Tasks API) until the page has settled; the same page
// in the `default` scenario is measured beside it. The demo backend answers inside the page: building and parsing its
// multi-megabyte answers is part of each figure, so the real console does better than this.
import { readFileSync } from 'node:fs'
import { signedInPage } from './browser.mjs'

const NAMES = { superuser: 'Priya Raman', admin: 'Tomás Herrera', developer: 'Mei Lin', scientist: 'Jonas Weber' }
/** Every page with free text on it, by the person who sees it (e2e/long-values.spec.ts visits the same ones). */
const LONG_VALUE_PAGES = JSON.parse(readFileSync(new URL('../../e2e/longValuePages.json', import.meta.url), 'utf8')).map(
  ([persona, path]) => [NAMES[persona], path],
)

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

/** Navigates in the app and returns the longest task from the navigation until nothing is loading. */
async function longestTaskOf(page, path) {
  await page.evaluate(() => {
    window.__benchTasks = []
    window.__benchObserver?.disconnect()
    window.__benchObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchTasks.push(Math.round(entry.duration))
    })
    window.__benchObserver.observe({ type: 'longtask' })
  })
  await page.evaluate((to) => window.__hlaCompassConsole.navigate(to), path)
  await quiet(page)
  // Settled: no loading state left (a validating version's own spinner is not one).
  const loading = 'main [role="progressbar"][aria-label^="Loading"], main .MuiSkeleton-root'
  await page.waitForFunction((selector) => !document.querySelector(selector), loading, {
    timeout: 30_000,
  })
  // Two frames after the last answer: what it rendered has been laid out and painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return Math.max(0, ...(await page.evaluate(() => window.__benchTasks)))
}

export async function measureLongValues(browser) {
  const pages = []
  for (const scenario of ['long', 'default']) {
    const byUser = new Map()
    for (const [user, path] of LONG_VALUE_PAGES) {
      let page = byUser.get(user)
      // Signed in on the 404 page of the shell: it loads no data, so every measured page is a navigation away.
      if (!page) byUser.set(user, (page = await signedInPage(browser, { scenario, user, path: '/bench-start' })))
      const longestTaskMs = await longestTaskOf(page, path)
      const row = pages.find((entry) => entry.path === path) ?? pages[pages.push({ path, user }) - 1]
      row[scenario === 'long' ? 'longestTaskMs' : 'defaultScenarioMs'] = longestTaskMs
    }
    for (const page of byUser.values()) await page.close()
  }
  const worst = pages.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a))
  return { valueLength: 100_000, pages, worstPage: worst.path, worstLongestTaskMs: worst.longestTaskMs }
}
