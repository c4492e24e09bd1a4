import type { Locator, Page } from '@playwright/test'
import { expect, failedRequests, PERSONAS, test } from './fixtures'

/**
 * The fault suite (issue 7): every GET endpoint the console calls, answering with broken bodies, each error status, a
 * dropped connection or no answer at all; every page that calls it is visited under each, and must explain what went
 * wrong (code and request id, or the sign-in dialog for a 401): no white page, no uncaught error.
 *
 * Pages are visited inside the app (the demo build's `__hlaCompassConsole` hooks: navigate, forget cached answers), the
 * demo backend switches scenario in place, and the page's clock is fast-forwarded through retries and timeouts, so the
 * few hundred cases take a few minutes of real time instead of an hour.
 */
const ORG = '/control-tower/organizations/org-0002'
const MODULE = '/modules/immunopeptidome-report'
const MODULE_RUN = '/runs/mr-000045'
const WORKFLOW = '/workflows/wf-immunopeptidomics-discovery'
const RUN_DETAIL = `${WORKFLOW}/runs/run-000387`
const LOG_DIFF = `${WORKFLOW}/compare?runs=run-000391,run-000398&baseline=run-000391&logs=report&run=run-000398`
const RUN_FILES = 's3://hla-compass-demo-data/workflow-files/wf-immunopeptidomics-discovery'

/** Every GET endpoint of the console (apiPaths keys) → the pages that call it, as a superuser sees them. */
const ENDPOINT_PAGES: Record<string, string[]> = {
  organizations: ['/control-tower/organizations'],
  organization: ['/', '/settings/organization', ORG],
  registries: [`${ORG}?tab=registries`],
  moduleGrants: [`${ORG}?tab=modules`],
  dataGrants: [`${ORG}?tab=data-access`],
  members: [`${ORG}?tab=members`],
  auditEvents: [`${ORG}?tab=audit`],
  modules: ['/modules', '/runs'],
  module: [MODULE, `${MODULE}/run`, MODULE_RUN],
  moduleVersions: [`${MODULE}?tab=versions`, MODULE_RUN],
  // Not here: `publishStatus`, asked only while an intake runs, which the demo's clock ends in the session's first
  // minutes; its failures are explained on the version's card (ModuleRoute.test.tsx).
  moduleRuns: ['/runs', '/', `${MODULE}?tab=runs`],
  moduleRun: [MODULE_RUN],
  moduleRunResult: [MODULE_RUN],
  moduleRunLogs: [MODULE_RUN],
  workflows: ['/workflows'],
  workflow: [`${WORKFLOW}/runs`],
  workflowRuns: [`${WORKFLOW}/runs`, RUN_DETAIL],
  workflowRunStats: [`${WORKFLOW}/runs`, RUN_DETAIL],
  workflowRunSteps: [`${WORKFLOW}/runs?view=grid`],
  workflowRunHistory: [`${WORKFLOW}/runs`],
  workflowRun: [RUN_DETAIL, `${WORKFLOW}/compare?runs=run-000020,run-000034&baseline=run-000020`],
  stepLogs: [RUN_DETAIL, LOG_DIFF],
  workflowRunReruns: [RUN_DETAIL],
  // An artifact's preview (issue 18): bytes, not JSON, so the broken bodies are no faults of theirs (below).
  workflowRunArtifactContent: [
    `${RUN_DETAIL}?artifact=${encodeURIComponent(`${RUN_FILES}/run-000387/hla-typing/hla_types.tsv`)}`,
  ],
  moduleRunArtifactContent: [
    `/runs/mr-000020-hla-typing?artifact=${encodeURIComponent(`${RUN_FILES}/run-000020/hla-typing/hla_types.tsv`)}`,
  ],
  // Last: its faults are met by reloads, which leave the page in a broken start-up for whatever came next.
  me: ['/', '/workflows'],
}

type Fault = string | number
/** Broken bodies on a 200, then every error status of api-contract §2.4, then transport failures. */
const FAULTS: Fault[] = [
  ...['missing', 'types', 'nulls', 'long', 'truncated', 'empty', 'html502'],
  ...[400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504],
  ...['network', 'hang'],
]

/**
 * Answers the contract accepts although they look broken: every field of the run statistics may be null; a run without
 * re-runs answers an empty list, which has no record for a broken-body fault to break; an artifact's content is
 * bytes, which the demo's body faults leave as they are (`withApi(…, { raw: true })`).
 */
const BODY_FAULTS = ['missing', 'types', 'nulls', 'long', 'truncated', 'empty']
const VALID_ANSWERS = new Set([
  'nulls workflowRunStats',
  'missing workflowRunReruns',
  'types workflowRunReruns',
  'nulls workflowRunReruns',
  ...['workflowRunArtifactContent', 'moduleRunArtifactContent'].flatMap((endpoint) =>
    BODY_FAULTS.map((fault) => `${fault} ${endpoint}`),
  ),
])

/** The code the console must show for a fault (null: the page must simply render, e.g. very long strings). */
function expectedCode(fault: Fault, endpoint: string): string | null {
  if (fault === 'long' || VALID_ANSWERS.has(`${fault} ${endpoint}`)) return null
  if (typeof fault === 'string')
    return (
      ({ html502: 'INTERNAL', network: 'NETWORK_ERROR', hang: 'TIMEOUT' } as Record<string, string>)[fault] ?? 'INVALID_RESPONSE'
    )
  const byStatus: Record<number, string> = {
    400: 'VALIDATION_FAILED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
    422: 'VALIDATION_FAILED',
    429: 'RATE_LIMITED',
  }
  return byStatus[fault] ?? 'INTERNAL'
}

type Hooks = {
  __hlaCompassConsole: { navigate: (to: string) => Promise<void>; forgetAnswers: () => void }
  __hlaCompassDemoBackend: { setScenario: (name: string) => void }
}

/**
 * Leaves the page, switches the demo backend's scenario, forgets every cached answer and opens `path` in the app. `me` is
 * loaded when the console starts, so its faults are met with a reload.
 */
async function visit(page: Page, endpoint: string, path: string, scenario: string): Promise<void> {
  if (endpoint === 'me') {
    await page.goto(`${path}${path.includes('?') ? '&' : '?'}scenario=${scenario}`)
    return
  }
  await page.evaluate(
    async ({ path, scenario }) => {
      const hooks = window as unknown as Hooks
      await hooks.__hlaCompassConsole.navigate('/fault-suite/between-pages')
      hooks.__hlaCompassDemoBackend.setScenario(scenario)
      hooks.__hlaCompassConsole.forgetAnswers()
      void hooks.__hlaCompassConsole.navigate(path)
    },
    { path, scenario },
  )
}

/**
 * Waits for `target`, moving the page's clock on between looks: through GET retries (3.5 s) and timeouts (30 s each).
 * Each look ends as soon as `target` shows, or gives the page `LOOK_MS` of real time to act on what the clock released
 * (a request sent, a timer fired, a render) before the clock moves again; a busy machine uses more of the `looks`.
 */
const LOOK_MS = 50
async function waitMovingClock(page: Page, target: Locator, step: number, looks = 24): Promise<boolean> {
  const shows = () =>
    target.waitFor({ state: 'visible', timeout: LOOK_MS }).then(
      () => true,
      () => false,
    )
  for (let look = 0; look < looks; look++) {
    if (await shows()) return true
    await page.clock.fastForward(step)
  }
  return shows()
}

/** What the demo appends to free-text fields under `fail-long-…` (mocks/runtime/faults.ts). */
const LONG_TEXT = /Lorem-ipsum-dolor-sit-amet:/
/** Pages that show none of an endpoint's free text (its answer feeds numbers, states or another endpoint's names). */
const NO_FREE_TEXT = new Set([
  'workflowRunStats',
  'workflowRunSteps', // its items (the runs) hold ids, states and numbers; the step names sit beside them
  'workflowRunHistory', // ids, statuses, times and figures only
  'me /workflows',
  'modules /runs', // module names sit in the closed module filter
  'organization /settings/organization',
  `module ${MODULE_RUN}`,
  `moduleVersions ${MODULE_RUN}`,
  `workflowRuns ${RUN_DETAIL}`, // only looks up the previous successful run
  'workflowRunReruns', // none yet: an empty list
  'workflowRunArtifactContent',
  'moduleRunArtifactContent',
])

async function expectExplained(page: Page, endpoint: string, path: string, fault: Fault, where: string): Promise<void> {
  if (fault === 401) {
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' })
    await waitMovingClock(page, dialog, 1000, 12)
    await expect(dialog, where).toBeVisible()
    // Signing in again finishes the visit: the waiting calls are replayed (and succeed, the fault being lifted).
    await page.evaluate(() => (window as unknown as Hooks).__hlaCompassDemoBackend.setScenario('default'))
    // The dialog's user picker is a lazily loaded part with its own request; what it waits for may sit on the page's
    // faked clock (a retry's delay, Suspense's reveal), so the clock moves on while it is looked for, as above.
    const signIn = dialog.getByRole('button', { name: `Sign in as ${PERSONAS.superuser.name}` })
    await waitMovingClock(page, signIn, 1000, 12)
    await signIn.click()
    await expect(dialog, where).toBeHidden()
    // The replayed calls finish before the next visit switches the scenario under them.
    await expect(page.getByRole('progressbar'), where).toHaveCount(0)
    return
  }
  const code = expectedCode(fault, endpoint)
  if (code === null) {
    // Valid data however odd (very long strings): the page renders it and the layout holds (no sideways scrolling).
    if (fault === 'long' && !NO_FREE_TEXT.has(endpoint) && !NO_FREE_TEXT.has(`${endpoint} ${path}`))
      await expect(page.getByText(LONG_TEXT).filter({ visible: true }).first(), where).toBeVisible()
    await expect(page.getByRole('heading').first(), where).toBeVisible()
    await expect(page.getByRole('progressbar'), where).toHaveCount(0)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(1)
    return
  }
  const alert = page
    .getByRole('alert')
    .filter({ hasText: `Code ${code}` })
    .first()
  await waitMovingClock(page, alert, fault === 'hang' ? 31_000 : 2_500)
  await expect(alert, where).toBeVisible()
  await expect(alert, where).toContainText('Request id')
}

let cases = 0
let visits = 0

test.describe('Fault suite: every GET endpoint under broken answers', () => {
  test.use({ expectedConsoleErrors: failedRequests() })

  // One signed-in page for the whole suite (its clock faked from the start): each endpoint's test goes on where the last
  // left off, so signing in is paid once.
  test.describe.configure({ mode: 'serial' })
  let page: Page
  const pageErrors: string[] = []

  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext()).newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.clock.install()
    await page.goto('/login?latency=0&scenario=default')
    // Long values are checked in every column: the ones a 1280 px screen leaves to the column menu are shown, as a
    // user who chose them in the menu would have them (decision 020).
    await page.evaluate(() => {
      const show = (table: string, columns: string[]) =>
        localStorage.setItem(`hla-compass.columns.${table}`, JSON.stringify(Object.fromEntries(columns.map((id) => [id, true]))))
      show('workflow-runs', ['finishedAt', 'triggeredBy', 'console'])
      show('module-runs', ['workflow'])
      show('organizations', ['plan', 'registryCount', 'moduleGrantCount', 'createdAt'])
    })
    await page.getByRole('button', { name: `Sign in as ${PERSONAS.superuser.name}` }).click()
    await expect(page.getByRole('button', { name: `Account menu for ${PERSONAS.superuser.name}` })).toBeVisible()
  })

  test.afterAll(async () => {
    await page?.context().close()
    const endpoints = Object.keys(ENDPOINT_PAGES).length
    console.log(`Fault suite: ${cases} cases (${endpoints} endpoints × ${FAULTS.length} faults), ${visits} page visits`)
  })

  for (const [endpoint, pages] of Object.entries(ENDPOINT_PAGES)) {
    test(`${endpoint}: every page that calls it explains each fault`, async () => {
      test.setTimeout(240_000)
      for (const fault of FAULTS) {
        for (const path of pages) {
          const where = `fail-${fault}-${endpoint} on ${path}`
          await visit(page, endpoint, path, `fail-${fault}-${endpoint}`)
          await expectExplained(page, endpoint, path, fault, where)
          expect(pageErrors, where).toEqual([])
          visits += 1
        }
        cases += 1
      }
    })
  }
})
