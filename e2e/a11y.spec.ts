import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, failedRequests, test } from './fixtures'

// Issue 7 (6): axe on every route of src/app/routes.tsx, in both themes, with no serious or critical finding; and on
// the dialogs the main flows open. Each test signs in once and walks its pages, so the whole pass stays a few minutes.

const WF = '/workflows/wf-immunopeptidomics-discovery'
const RUN_FILES = 's3://hla-compass-demo-data/workflow-files/wf-immunopeptidomics-discovery'
const ORG_TABS = ['overview', 'registries', 'modules', 'data-access', 'members', 'audit']
const MODULE_TABS = ['overview', 'versions', 'runs', 'manifest']
const CLI_REQUEST = `/cli-login?redirect_uri=${encodeURIComponent('http://127.0.0.1:8765/callback')}&state=st4te-0123456789`

/** A page to analyse and what shows it has rendered; by default its level-1 heading. */
type Route = { path: string; ready?: (page: Page) => Locator }

const drawer = (name: string) => (page: Page) => page.getByRole('dialog', { name })
const graph = (name: string) => (page: Page) => page.getByRole('group', { name: `Workflow graph of ${name}` })

/** Every route, grouped by area (one test each per theme); a superuser can open all of them. */
const AREAS: Record<string, Route[]> = {
  'the shell, workflows, run history, run detail, comparison, the harness, CLI sign-in and 404': [
    { path: '/' },
    { path: '/workflows' },
    { path: `${WF}/runs` },
    { path: `${WF}/runs?view=grid`, ready: (page) => page.getByRole('grid', { name: 'Steps by run' }) },
    // The run-duration history has its own chunk and request: wait for its bars (credits, to cover the switch too).
    { path: `${WF}/runs?metric=credits`, ready: (page) => page.getByRole('list', { name: 'Runs, oldest first' }) },
    { path: `${WF}/runs/run-000387` },
    { path: `${WF}/runs/run-000417?step=report` }, // a with-ui step shows the module's own view
    { path: `${WF}/compare?runs=run-000020,run-000034,run-000387&baseline=run-000020` },
    {
      path: `${WF}/compare?runs=run-000391,run-000398&baseline=run-000391&logs=report&run=run-000398`,
      ready: (page) => page.locator('[data-first-new="true"]'),
    },
    { path: `${WF}/runs/run-000398/rerun` },
    { path: '/dev/module-harness' },
    { path: CLI_REQUEST, ready: (page) => page.getByRole('button', { name: 'Allow' }) },
    { path: '/no/such/page' },
  ],
  // The same component draws every workflow; the 50-step sweep is left out: axe takes ~20 s over its page, and a new
  // page opened meanwhile (axe's own) makes MSW's un-awaited service worker update fail with a page error.
  'the workflow graph of a run (a QC gate: choice, default branch, fail state) and Run History’s graph drawer': [
    { path: `${WF}/runs/run-000414`, ready: graph('run-000414') },
    { path: `${WF}/runs/run-000387`, ready: graph('run-000387') },
    { path: `${WF}/runs?graph=open`, ready: graph('Immunopeptidomics discovery pipeline') },
  ],
  'artifact previews (a table, Markdown, HTML, an image) and the content diffs of the comparison': [
    ...(
      [
        ['hla-typing/hla_types.tsv', 'table'],
        ['report/report.md', 'article'],
        ['length-qc/qc_report.html', 'iframe'],
        ['motifs/motif_logos.svg', 'img'],
      ] as const
    ).map(([file, shows]) => ({
      path: `${WF}/runs/run-000020?artifact=${encodeURIComponent(`${RUN_FILES}/run-000020/${file}`)}`,
      ready: (page: Page) =>
        shows === 'iframe'
          ? page.getByRole('dialog').locator('iframe[sandbox=""]')
          : page.getByRole('dialog').getByRole(shows, { name: new RegExp(file.split('/')[1]!.replace('.', '\\.')) }),
    })),
    ...['length-qc:latest/length_qc.tsv', 'hla-typing:latest/run.json'].map((cell) => ({
      path: `${WF}/compare?runs=run-000020,run-000034&baseline=run-000020&diff=${encodeURIComponent(`run-000034:${cell}`)}`,
      ready: (page: Page) => page.getByRole('dialog').getByRole(cell.endsWith('.tsv') ? 'region' : 'table', { name: /compared/ }),
    })),
  ],
  'Control Tower: the organization list, every tab of an organization, and organization settings': [
    { path: '/control-tower/organizations' },
    ...ORG_TABS.map((tab) => ({
      path: `/control-tower/organizations/org-0002?tab=${tab}`,
      ready: (page: Page) => drawer('Acme Immunology')(page).getByRole('tabpanel'),
    })),
    ...ORG_TABS.map((tab) => ({ path: `/settings/organization?tab=${tab}`, ready: (page: Page) => page.getByRole('tabpanel') })),
  ],
  'the catalog, every tab of a module, both kinds of launch page, and module runs': [
    { path: '/modules' },
    { path: '/modules?view=table' },
    ...MODULE_TABS.map((tab) => ({
      path: `/modules/spectral-library-search?tab=${tab}`,
      ready: (page: Page) => page.getByRole('tabpanel'),
    })),
    { path: '/modules/netmhcpan-binding/run' },
    { path: '/modules/immunopeptidome-report/run' }, // with-ui: the module's own interface above the form
    { path: '/runs' },
    { path: '/runs/mr-000045' },
    { path: '/runs/mr-000046' },
  ],
}

// What a theme changes is colour: the DOM, names, roles and structure are the same in both. So every state is analysed
// with every rule in the light theme, then switched to dark in place (the console follows the system scheme) and
// analysed again with the rules that read colour — the same coverage as a second visit in dark, at a fraction of it.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

async function seriousViolations(page: Page, rules: 'all' | 'colour') {
  const builder = new AxeBuilder({ page })
  if (rules === 'all') builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  else builder.withRules(COLOUR_RULES)
  // Only violations are collected: axe skips the node details of passes and inapplicable rules, a good part of its time.
  const results = await builder
    // An HTML artifact's own page, in its script-less sandboxed preview frame, is the artifact's, not the console's.
    .exclude('iframe[sandbox=""]')
    .options({ resultTypes: ['violations'] })
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Nothing is still loading: no loading state (a status with a spinner) and no skeleton. */
async function expectSettled(page: Page) {
  await expect(page.locator('[role="status"]:has([role="progressbar"]), .MuiSkeleton-root')).toHaveCount(0)
}

async function showScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme })
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`))
  // Colours are read once nothing is between two themes (the console switches without transitions; a page's own
  // animation, a progress bar say, is left alone).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  )
}

/** The page as it is, in both themes: every rule in light, the colour rules in dark; back in light afterwards. */
async function expectAccessible(page: Page, what: string) {
  await expectSettled(page)
  expect(await seriousViolations(page, 'all'), `${what} (light)`).toEqual([])
  await showScheme(page, 'dark')
  expect(await seriousViolations(page, 'colour'), `${what} (dark)`).toEqual([])
  await showScheme(page, 'light')
}

test.describe('Accessibility of every route', () => {
  // axe injects its script into every frame; an HTML artifact's preview frame is sandboxed without scripts by design
  // (issue 18), and Chromium logs that it refused it. Only that frame is a srcdoc document.
  test.use({
    expectedConsoleErrors:
      /^console\.error: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/,
  })
  test('sign-in and a refused CLI sign-in have no serious or critical axe findings (light and dark)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/login?latency=0')
    await expect(page.getByRole('button', { name: /Sign in as/ }).first()).toBeVisible()
    await expectAccessible(page, '/login')
    await page.goto('/cli-login?redirect_uri=https%3A%2F%2Fevil.example&state=abcdefgh')
    await expect(page.getByText('This sign-in request was refused.')).toBeVisible()
    await expectAccessible(page, '/cli-login (refused)')
  })

  for (const [area, routes] of Object.entries(AREAS)) {
    test(`${area} have no serious or critical axe findings (light and dark)`, async ({ page, signInAs }) => {
      // Each page is rendered and analysed: far more than the default 30 s on a 2-core CI machine.
      test.setTimeout(60_000 + routes.length * 20_000)
      await page.emulateMedia({ colorScheme: 'light' })
      await signInAs('superuser', { latency: 0 })
      for (const { path, ready } of routes) {
        await page.goto(path)
        await expect(ready ? ready(page) : page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectAccessible(page, path)
      }
    })
  }
})

test.describe('Accessibility of the run-duration history in use', () => {
  test('a focused bar with its tooltip and a range picked by keyboard (light and dark)', async ({ page, signInAs }) => {
    test.slow() // two analyses of a page with 420 bars and a table
    await page.emulateMedia({ colorScheme: 'light' })
    await signInAs('scientist', { path: `${WF}/runs`, latency: 0 })
    const chart = page.getByRole('region', { name: 'Run history chart' })
    const runs = chart.getByRole('list', { name: 'Runs, oldest first' }).getByRole('link')
    await runs.last().focus()
    await page.keyboard.press('Shift+ArrowLeft')
    await expect(chart.getByRole('status')).toContainText('2 runs picked')
    await expectAccessible(page, 'run history chart, range picked')
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowLeft')
    await expect(runs.nth(-3)).toBeFocused()
    await expectAccessible(page, 'run history chart, bar focused')
  })
})

test.describe('Accessibility of acting on a run', () => {
  // "Run with changes" is refused once on purpose (an out-of-range value) to show its error.
  test.use({ expectedConsoleErrors: failedRequests(422) })

  test('the redrive dialog, a redriven run with its family, and Run with changes with an error (light and dark)', async ({
    page,
    signInAs,
  }) => {
    test.slow() // five states, each analysed
    await page.emulateMedia({ colorScheme: 'light' })
    await signInAs('scientist', { path: `${WF}/runs/run-000398`, latency: 0 })
    await page.getByRole('button', { name: 'Redrive from the failed step' }).click()
    const dialog = page.getByRole('dialog', { name: 'Redrive run-000398 from the failed step?' })
    await expect(dialog).toBeVisible()
    await expectAccessible(page, 'redrive dialog')
    await dialog.getByRole('button', { name: 'Redrive' }).click()
    await expect(page.getByRole('region', { name: 'Run family' })).toContainText('Redrive of run-000398')
    await expectAccessible(page, 'redriven run')
    await page.getByRole('region', { name: 'Run family' }).getByRole('link', { name: 'run-000398', exact: true }).click()
    await expect(page.getByRole('table', { name: 'Runs started from this run' })).toBeVisible()
    await expectAccessible(page, 'a run with its re-runs and a redrive already done')

    await page.getByRole('link', { name: 'Run with changes' }).click()
    const editor = page.getByRole('textbox', { name: 'Inputs (JSON)' })
    await editor.fill((await editor.inputValue()).replace(/"fdr": [\d.]+/, '"fdr": 0.5'))
    await page.getByRole('button', { name: 'Start run with 1 change' }).click()
    await expect(page.getByText('inputs.thresholds.fdr: Use a number from 0.0001 to 0.1.')).toBeVisible()
    await expectAccessible(page, 'Run with changes refused')
    await editor.fill('{ "cohort": ')
    await expect(page.getByText(/^This is not valid JSON/)).toBeVisible()
    await expectAccessible(page, 'Run with changes, not JSON')
  })
})

test.describe('Accessibility of a local devkit session', () => {
  // Its pages are reached by the navigation, as the developer moves through them.
  test(`the devkit page, a with-ui launch page, a devkit run, the session's runs and Remove (light and dark)`, async ({
    page,
  }) => {
    test.slow()
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/login?scenario=devkit&latency=0')
    await page.getByRole('button', { name: 'Continue with the local devkit' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Local' })).toBeVisible()
    await expectAccessible(page, 'devkit home')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Local devkit' }).click()
    await page.getByRole('button', { name: 'Fill in an example with a UI' }).click()
    await page.getByRole('button', { name: 'Register', exact: true }).click()
    await expect(page.getByRole('table', { name: 'Registered manifests' }).getByRole('row')).toHaveCount(3)
    await expectAccessible(page, '/devkit')
    await page.getByRole('status', { name: 'Registered' }).getByRole('link', { name: 'run it' }).click()
    await expect(page.getByRole('form', { name: 'Local bundle' })).toBeVisible()
    await expectAccessible(page, 'with-ui launch page of a devkit module')
    await page.getByRole('textbox', { name: 'Title' }).fill('JY')
    await page.getByRole('button', { name: 'Start run' }).click()
    await expect(page.getByRole('region', { name: 'Result', exact: true })).toContainText('Devkit stub executed successfully')
    await expectAccessible(page, 'devkit run page')
    await nav.getByRole('link', { name: 'Module runs' }).click()
    await expect(page.getByRole('table', { name: 'Runs of this session' })).toContainText('completed')
    await expectAccessible(page, 'runs of the session')
    await nav.getByRole('link', { name: 'Local devkit' }).click()
    await page.getByRole('button', { name: 'Remove peptide-viewer' }).click()
    await expect(page.getByRole('dialog', { name: 'Remove peptide-viewer?' })).toBeVisible()
    await expectAccessible(page, 'Remove dialog')
  })
})

test.describe('Accessibility of the dialogs of the main flows', () => {
  // The session-ended dialog and the launch errors are opened by refusing calls.
  test.use({ expectedConsoleErrors: failedRequests(401, 503) })

  test('Add registry, the run drawer and its cancel dialog, launch errors and the session-ended dialog (light and dark)', async ({
    page,
    signInAs,
  }) => {
    test.slow() // four states in three areas, each analysed
    await page.emulateMedia({ colorScheme: 'light' })

    await signInAs('admin', { path: '/settings/organization?tab=registries', latency: 0 })
    await page.getByRole('button', { name: 'Add registry' }).click()
    const addRegistry = page.getByRole('dialog', { name: 'Add registry' })
    await addRegistry.getByRole('switch', { name: /Private registry/ }).check()
    await expect(addRegistry.getByLabel('Personal access token (classic)')).toBeVisible()
    await expectAccessible(page, 'Add registry')
    await addRegistry.getByRole('button', { name: 'Cancel' }).click()

    await page.goto('/runs')
    await page.getByRole('table', { name: 'Module runs' }).getByRole('link', { name: 'mr-000046' }).click()
    const run = page.getByRole('dialog', { name: 'mr-000046' })
    await expect(run.getByRole('log', { name: 'Log of mr-000046' })).toBeVisible()
    await expectAccessible(page, 'run drawer')
    await run.getByRole('button', { name: 'Cancel run' }).click()
    await expect(page.getByRole('dialog', { name: 'Cancel run mr-000046?' })).toBeVisible()
    await expectAccessible(page, 'cancel dialog')
    await page.keyboard.press('Escape')

    await page.goto('/modules/netmhcpan-binding/run')
    await page.getByRole('button', { name: 'Start run' }).click()
    await expect(page.getByText('Required: choose at least one.')).toBeVisible()
    await expectAccessible(page, 'launch form with errors')

    // The session ends and the next call opens the sign-in dialog over the page (docs/decisions/003).
    await page.evaluate(() => fetch('/api/__demo/expire-session', { method: 'POST' }))
    await page.getByRole('link', { name: 'Back to the module' }).click()
    await expect(page.getByRole('dialog', { name: 'Your session has ended' })).toBeVisible()
    await expectAccessible(page, 'session ended')
  })
})

test.describe('Accessibility of Run History’s filter panel and column menu', () => {
  test('More filters with active filter chips, and the column menu (light and dark)', async ({ page, signInAs }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await signInAs('scientist', { path: `${WF}/runs?minDurationMs=1800000&from=2026-01-01`, latency: 0 })
    await expect(page.getByRole('group', { name: 'Active filters' })).toBeVisible()
    await page.getByRole('button', { name: 'More filters' }).click()
    await expect(page.getByRole('region', { name: 'More filters' })).toBeVisible()
    await expectAccessible(page, 'More filters')
    await page.getByRole('button', { name: /^Columns/ }).click()
    await expect(page.getByRole('menu', { name: 'Columns of Workflow runs' })).toBeVisible()
    await expectAccessible(page, 'column menu')
  })
})
