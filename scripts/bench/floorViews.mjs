// The console's views against their floors (issue 16), `large` scenario on the recorded API, one browser, console and
// floor measured alternately in every round:
// - Run History: first visit after a full load (click in /workflows → first 15 rows), second visit, full load of the URL;
// - the organization list (1,000 organizations): the same three figures, from the navigation;
// - the comparison of 10 runs × 50 steps: click on Compare → the step-aligned table and the ten timeline lanes, and a
//   full load of the comparison URL.
// The floor lists fetch exactly the request the console made (recorded in round 0), so both ask for the same page.
import { clickToRows, collector, fullLoad, loadToRows, PERSONAS, signedInRealPage, withoutCache } from './floor.mjs'

const USERS = { jonas: PERSONAS.scientist, priya: PERSONAS.superuser, mei: PERSONAS.developer }

async function floorPage(browser, origin, file, query, hash) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  // A new document every time: from the page's own URL, a URL that only adds `#…` is a same-document navigation, which
  // would leave the list already on screen and time nothing but the clock since the page first loaded.
  const load = (withHash) => fullLoad(page, `${origin}/__floor/${file}?${new URLSearchParams(query)}${withHash ? hash : ''}`)
  /** The page with its link, ready to be clicked. */
  const open = async () => {
    await load(false)
    await page.waitForFunction(() => document.body.dataset.ready === 'true')
  }
  /** A full load of the view's own URL (the hash shows the view at once). */
  const openView = () => load(true)
  return { page, open, openView, link: page.locator('#open') }
}

/** Resolves with the path and query (without `/api`) of the console's first GET whose path matches `pattern`. */
const apiRequest = (page, pattern) =>
  page
    .waitForRequest((request) => request.method() === 'GET' && pattern.test(new URL(request.url()).pathname))
    .then((request) => {
      const url = new URL(request.url())
      return `${url.pathname.replace(/^\/api/, '')}${url.search}`
    })

/**
 * A list reached by a link: `open(page)` shows the page with the link (a full load), `back(page)` returns to it in-app,
 * `link(page)` is the link; `label` is the table's accessible name and `columns` the floor's preset.
 */
async function measureList(browser, origin, rounds, { user, start, link, back, path, label, columns, request }) {
  const app = await signedInRealPage(browser, origin, user, start)
  const samples = collector()
  let floor = null
  for (let round = 0; round <= rounds; round++) {
    await app.goto(`${origin}${start}`)
    await link(app).waitFor()
    await app.waitForLoadState('networkidle')
    const asked = round === 0 ? apiRequest(app, request) : null
    samples.keepClick(round, 'firstVisit', 'console', await clickToRows(app, link(app), label))
    if (asked)
      floor = await floorPage(browser, origin, 'list.html', { api: await asked, label, columns, email: user.email }, '#list')
    await back(app)
    await link(app).waitFor()
    await app.waitForLoadState('networkidle')
    samples.keepClick(round, 'secondVisit', 'console', await clickToRows(app, link(app), label))
    const load = () => loadToRows(app, () => fullLoad(app, `${origin}${path}`), label)
    samples.keep(round, 'fullLoad', 'console', await load())
    samples.keep(round, 'fullLoadNothingCached', 'console', await withoutCache(app, load))

    await floor.open()
    samples.keepClick(round, 'firstVisit', 'floor', await clickToRows(floor.page, floor.link, label))
    // The console left the list before its second visit: the floor's list goes too, or its old rows would be "shown".
    await floor.page.evaluate(() => document.getElementById('view').replaceChildren())
    samples.keepClick(round, 'secondVisit', 'floor', await clickToRows(floor.page, floor.link, label))
    const floorLoad = () => loadToRows(floor.page, floor.openView, label)
    samples.keep(round, 'fullLoad', 'floor', await floorLoad())
    samples.keep(round, 'fullLoadNothingCached', 'floor', await withoutCache(floor.page, floorLoad))
  }
  await app.close()
  await floor.page.close()
  return samples.result()
}

const nav = (page, name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })

export const measureRunHistoryFloor = (browser, origin, rounds) =>
  measureList(browser, origin, rounds, {
    user: USERS.jonas,
    start: '/workflows',
    link: (page) => page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }),
    // Back to the list with the browser's Back, as the organization list does: the pointer stays on the link, as the
    // floor's second click never moves it either. Returning through the navigation link moved the pointer away, and
    // Playwright's move back onto the link cost the console's second visit a frame the floor never paid.
    back: (page) => page.goBack(),
    path: '/workflows/wf-immunopeptidomics-discovery/runs',
    label: 'Workflow runs',
    columns: 'runs',
    request: /\/v1\/workflows\/[^/]+\/runs$/,
  })

export const measureOrganizationsFloor = (browser, origin, rounds) =>
  measureList(browser, origin, rounds, {
    user: USERS.priya,
    // From the workflow list: the home page's cards ask for far more than the navigation needs.
    start: '/workflows',
    link: (page) => nav(page, 'Control Tower'),
    back: (page) => page.goBack(),
    path: '/control-tower/organizations',
    label: 'Organizations',
    columns: 'organizations',
    request: /\/v1\/organizations$/,
  })

const SWEEP = 'wf-allele-panel-sweep'
const RUNS = 10
const STEPS = 50

export async function measureComparisonFloor(browser, origin, rounds) {
  const history = `/workflows/${SWEEP}/runs`
  const app = await signedInRealPage(browser, origin, USERS.mei, history)
  await app.getByRole('table', { name: 'Workflow runs' }).getByRole('row').nth(RUNS).waitFor()
  // The ten newest finished runs (a running one would change while it is measured).
  const ids = await app.evaluate(
    (count) =>
      [...document.querySelectorAll('table[aria-label="Workflow runs"] tbody tr')]
        .filter((row) => !/running/i.test(row.textContent ?? ''))
        .map((row) => row.textContent?.match(/run-\d{6}/)?.[0])
        .filter(Boolean)
        .slice(0, count),
    RUNS,
  )
  const floor = await floorPage(browser, origin, 'compare.html', { runs: ids.join(','), email: USERS.mei.email }, '#compare')
  const label = 'Steps aligned by step id'
  const samples = collector()
  for (let round = 0; round <= rounds; round++) {
    await app.goto(`${origin}${history}?selected=${ids.join(',')}`)
    const compare = app.getByRole('toolbar', { name: 'Selected runs' }).getByRole('button', { name: 'Compare' })
    await compare.waitFor()
    await app.waitForLoadState('networkidle')
    samples.keepClick(round, 'firstVisit', 'console', await clickToRows(app, compare, label, STEPS, RUNS))
    const comparison = `${origin}/workflows/${SWEEP}/compare?runs=${ids.join(',')}&baseline=${ids[0]}`
    const load = () => loadToRows(app, () => fullLoad(app, comparison), label, STEPS, RUNS)
    samples.keep(round, 'fullLoad', 'console', await load())
    samples.keep(round, 'fullLoadNothingCached', 'console', await withoutCache(app, load))

    await floor.open()
    samples.keepClick(round, 'firstVisit', 'floor', await clickToRows(floor.page, floor.link, label, STEPS, RUNS))
    const floorLoad = () => loadToRows(floor.page, floor.openView, label, STEPS, RUNS)
    samples.keep(round, 'fullLoad', 'floor', await floorLoad())
    samples.keep(round, 'fullLoadNothingCached', 'floor', await withoutCache(floor.page, floorLoad))
  }
  await app.close()
  await floor.page.close()
  return samples.result()
}
