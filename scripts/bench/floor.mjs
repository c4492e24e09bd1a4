// Measuring the console against its floor (issue 16): the real-mode console, signed in through its own form, on the
// recorded API of realServer.mjs, beside plain pages (scripts/bench/floor/) that do the same work with DOM calls.
// These are the shared pieces: sign-in, "rows shown" in every frame, a click timed to its outcome, and the summary
// of each figure as console, floor and ratio.
import { median } from './browser.mjs'

const ROWS = 15

/** The demo's people by persona (e2e/fixtures.ts), as the real-mode sign-in form asks for them (password `demo`). */
export const PERSONAS = {
  superuser: { email: 'priya.raman@hla-compass.io' },
  admin: { email: 'tomas.herrera@acme-immuno.example' },
  developer: { email: 'mei.lin@acme-immuno.example' },
  scientist: { email: 'jonas.weber@acme-immuno.example' },
}

/** Signs in through the real-mode form, as a user of the real console does; lands on `path`. */
export async function signedInRealPage(browser, origin, user, path) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${origin}/login?returnTo=${encodeURIComponent(path)}`)
  await page.getByLabel('Email').fill(user.email)
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.pathname === path.split('?')[0])
  return page
}

/** Installs, before an interaction, a recorder of main-thread tasks over 50 ms (read back with `longTasksSince`). */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__longTasks.push(entry))).observe({
      type: 'longtask',
      buffered: false,
    })
  })
/** The longest task that started in [from, to]. */
const longestTaskIn = (page, from, to) =>
  page.evaluate(
    ({ from, to }) =>
      Math.max(
        0,
        ...(window.__longTasks ?? []).filter((t) => t.startTime >= from - 1 && t.startTime <= to).map((t) => t.duration),
      ),
    { from, to },
  )

/**
 * A full load of `url` as the floor's pages get one: from `about:blank`, so that neither side's figure includes tearing
 * down the document before it (the floor's must start there, or a URL that only adds `#…` is no load; issue 16).
 */
export async function fullLoad(page, url) {
  await page.goto('about:blank')
  await page.goto(url)
}

/**
 * Runs `load` with the page's HTTP cache switched off: a first visit, every file fetched and compiled anew (the
 * `…NothingCached` figures, reported beside the full loads, which find the hashed files where a browser keeps them).
 */
export async function withoutCache(page, load) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  try {
    return await load()
  } finally {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
    await cdp.detach()
  }
}

/**
 * Times a full load to its rows: `load()` opens a new document, and a watcher armed in it before any of its own
 * scripts (an init script) checks every frame for `rows` data rows in the table labelled `label` (and, when `lanes` is
 * given, that many timeline lanes: the comparison), reporting performance.now() of the first frame with them through
 * the console. Nothing of Playwright's is evaluated in the page while it loads: a `waitForFunction` poll brings
 * Playwright's injected script into the new document, a ~12 ms task that landed in the middle of the console's load
 * (decision 014, sixth pass).
 */
export async function loadToRows(page, load, label, rows = ROWS, lanes = 0) {
  const watcher = await page.addInitScript(
    ({ label, rows, lanes }) => {
      if (location.protocol === 'about:') return
      const shown = () =>
        document.querySelectorAll(`table[aria-label="${label}"] tbody tr`).length >= rows &&
        document.querySelectorAll('.lane[role="img"]').length >= lanes
      const look = () => (shown() ? console.debug(`rows-seen-at ${performance.now()}`) : requestAnimationFrame(look))
      requestAnimationFrame(look)
    },
    { label, rows, lanes },
  )
  try {
    const seen = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('rows-seen-at '),
      timeout: 20_000,
    })
    const [message] = await Promise.all([seen, load()])
    return Number(message.text().split(' ')[1])
  } finally {
    await watcher.dispose()
  }
}

/**
 * Arms, before a click, a check at every frame start for the rows (and lanes); `rowsSeenAt(page)` then resolves with
 * performance.now() of the first frame that had them. Armed before the click, not polled after it: a view that commits
 * its rows within the click's own task would otherwise be timed by when Playwright's poll got round to looking, which
 * waits for the page's next busy stretch to end. It refuses to arm over rows already on screen (a stale list would be
 * "shown" before the click).
 */
async function armRowsWatch(page, label, rows, lanes) {
  const stale = await page.evaluate(
    ({ label, rows, lanes }) => {
      const shown = () =>
        document.querySelectorAll(`table[aria-label="${label}"] tbody tr`).length >= rows &&
        document.querySelectorAll('.lane[role="img"]').length >= lanes
      if (shown()) return true
      window.__rowsSeenAt = null
      const look = () => (shown() ? (window.__rowsSeenAt = performance.now()) : requestAnimationFrame(look))
      requestAnimationFrame(look)
      return false
    },
    { label, rows, lanes },
  )
  if (stale) throw new Error(`"${label}" already shows its rows before the click: nothing to time`)
}
const rowsSeenAt = (page) =>
  page.waitForFunction(() => window.__rowsSeenAt, null, { timeout: 20_000 }).then((handle) => handle.jsonValue())

/**
 * Clicks `link` and times until the frame with the rows: `{ ms, fromEventMs, longestTaskMs }`. `ms` starts when the
 * click is asked for, as the issue's own figures were taken (so it includes Playwright's actionability wait, the same
 * for the console and the floor); `fromEventMs` starts at the click event itself, the stricter figure, reported beside.
 */
export async function clickToRows(page, link, label, rows = ROWS, lanes = 0) {
  await watchLongTasks(page)
  await armRowsWatch(page, label, rows, lanes)
  const t0 = await page.evaluate(() => {
    window.__clickedAt = null
    document.addEventListener('click', (event) => (window.__clickedAt = event.timeStamp), { capture: true, once: true })
    return performance.now()
  })
  await link.click()
  const at = await rowsSeenAt(page)
  const clickedAt = await page.evaluate(() => window.__clickedAt)
  return { ms: at - t0, fromEventMs: at - clickedAt, longestTaskMs: await longestTaskIn(page, clickedAt, at) }
}

/** Samples per figure and side, filled round by round; round 0 (recording the API, warming caches) is dropped. */
export function collector() {
  const figures = {}
  const fromEvent = {}
  const longTasks = []
  const slot = (table, figure, side) => (table[figure] ??= { console: [], floor: [] })[side]
  return {
    /** A figure measured as a number of ms. */
    keep: (round, figure, side, ms) => round > 0 && slot(figures, figure, side).push(Math.round(ms)),
    /** A figure measured by `clickToRows`. */
    keepClick(round, figure, side, timing) {
      if (round === 0) return
      slot(figures, figure, side).push(Math.round(timing.ms))
      slot(fromEvent, figure, side).push(Math.round(timing.fromEventMs))
      if (side === 'console') longTasks.push(timing.longestTaskMs)
    },
    result: () => ({
      ...summarize(figures),
      fromClickEvent: summarize(fromEvent),
      longestTaskClickToRowsMs: Math.round(Math.max(0, ...longTasks)),
    }),
  }
}

/** Each figure as console and floor medians (with their samples) and the ratio of the medians. */
export function summarize(figures) {
  const out = {}
  for (const [name, { console: app, floor }] of Object.entries(figures)) {
    const consoleMs = median(app)
    const floorMs = Math.max(1, median(floor))
    out[name] = {
      consoleMs,
      floorMs,
      ratio: Math.round((consoleMs / floorMs) * 10) / 10,
      consoleSamples: app,
      floorSamples: floor,
    }
  }
  return out
}
