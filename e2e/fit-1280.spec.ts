import type { Page } from '@playwright/test'
import { expect, test, type Persona } from './fixtures'

// Issue 17 (4), decision 020: on a 1280 px screen no table of the console scrolls sideways, and neither does the page:
// what matters is in view (column priorities, a column menu for the rest). Each page is reached as its user reaches it
// and judged once its tables hold rows; a failure names the page and the table with its scroll and client widths.
test.use({ viewport: { width: 1280, height: 900 } })

const ORG = '/control-tower/organizations/org-0002'
const WF = '/workflows/wf-immunopeptidomics-discovery'
const ORG_TABS: [string, string][] = [
  ['registries', 'Registries'],
  ['modules', 'Granted modules'],
  ['data-access', 'Data access requests'],
  ['members', 'Members'],
  ['audit', 'Audit events'],
]

/** Per person: each page and the tables whose rows say it has loaded. */
const PAGES: Record<Exclude<Persona, 'developer' | 'multi-org'>, [string, string[]][]> = {
  superuser: [
    ['/control-tower/organizations', ['Organizations']],
    // The drawer is modal: the list under it is out of the accessibility tree, yet still judged by its width.
    ...ORG_TABS.map(([tab, table]): [string, string[]] => [`${ORG}?tab=${tab}`, [table]]),
  ],
  admin: ORG_TABS.map(([tab, table]) => [`/settings/organization?tab=${tab}`, [table]]),
  scientist: [
    ['/modules?view=table', ['Modules']],
    ['/modules/neoantigen-ranker?tab=runs', ['Runs of Neoantigen Ranker']],
    ['/runs', ['Module runs']],
    ['/runs/mr-000018', ['Results of mr-000018', 'Artifacts of mr-000018']],
    ['/workflows', ['Workflows']],
    [`${WF}/runs`, ['Workflow runs']],
    [`${WF}/runs/run-000020`, ['Steps']],
    [
      `${WF}/compare?runs=run-000020,run-000019`,
      ['Steps aligned by step id', 'Artifacts compared with the baseline', 'Run inputs compared with the baseline'],
    ],
  ],
}

/** In-app navigation, as a person following links would (a demo build exposes the router for the suites). */
const visit = (page: Page, path: string) =>
  page.evaluate(
    (to) => (window as unknown as { __hlaCompassConsole: { navigate: (to: string) => void } }).__hlaCompassConsole.navigate(to),
    path,
  )

/**
 * What scrolls sideways: each table container, each table wider than its box, the page, with its widths (px), and a tab
 * bar that offers scroll arrows (every tab bar fits at 1280 px; MUI shows them only for tabs it finds cut off).
 */
function sideways(page: Page) {
  return page.evaluate(async () => {
    // Two frames: what the last layout changed reaches IntersectionObservers (the tab bars' arrows) before judging.
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame)
    const found: string[] = []
    for (const bar of document.querySelectorAll('.MuiTabs-root'))
      if (bar.querySelector('.MuiTabs-scrollButtons'))
        found.push(`tab bar "${bar.querySelector('[role="tablist"]')?.getAttribute('aria-label') ?? '?'}": scroll arrows`)
    const name = (table: Element | null) => `table "${table?.getAttribute('aria-label') ?? '?'}"`
    // A table's scroll box: MUI's TableContainer, or DataTable's static one.
    const scrollBoxes = '.MuiTableContainer-root, .dt-scroll'
    for (const box of document.querySelectorAll(scrollBoxes))
      if (box.scrollWidth > box.clientWidth + 1)
        found.push(`${name(box.querySelector('table'))}: ${box.scrollWidth}/${box.clientWidth}`)
    for (const table of document.querySelectorAll('table')) {
      const box = table.parentElement!
      const width = Math.round(table.getBoundingClientRect().width)
      if (!box.matches(scrollBoxes) && width > box.clientWidth + 1) found.push(`${name(table)}: ${width}/${box.clientWidth}`)
    }
    const { scrollWidth, clientWidth } = document.documentElement
    if (scrollWidth > clientWidth + 1) found.push(`the page: ${scrollWidth}/${clientWidth}`)
    return found
  })
}

/** Waits for each table's first row and for no section still loading, then judges the page. */
async function expectFits(page: Page, path: string, tables: string[]) {
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path)
  for (const table of tables)
    await expect(page.getByRole('table', { name: table }).getByRole('row').nth(1), `${path}: rows of ${table}`).toBeVisible()
  await expect(page.locator('[role="progressbar"][aria-label^="Loading"]'), `${path}: still loading`).toHaveCount(0)
  expect
    .soft(await sideways(page), `${path} scrolls sideways at ${page.viewportSize()?.width} px (scroll/client width)`)
    .toEqual([])
}

test.describe('Tables at 1280 px', () => {
  for (const [persona, pages] of Object.entries(PAGES) as [Persona, [string, string[]][]][])
    test(`no table of ${persona} scrolls sideways`, async ({ page, signInAs }) => {
      test.slow() // up to eight pages on a busy 2-core machine
      const [[first, firstTables], ...rest] = pages as [[string, string[]], ...[string, string[]][]]
      await signInAs(persona, { path: first, latency: 0 })
      await expectFits(page, first, firstTables)
      for (const [path, tables] of rest) {
        await visit(page, path)
        await expectFits(page, path, tables)
      }
    })

  test('at 1440 px, where "Triggered by" joins, Run History sorted by its longest runs still fits', async ({
    page,
    signInAs,
  }) => {
    // The widest values of the list: the longest durations with their Δ beside schedules' long names.
    await page.setViewportSize({ width: 1440, height: 900 })
    const path = `${WF}/runs?sort=-durationMs`
    await signInAs('scientist', { path, latency: 0 })
    await expect(
      page.getByRole('table', { name: 'Workflow runs' }).getByRole('columnheader', { name: 'Triggered by' }),
    ).toBeVisible()
    await expectFits(page, path, ['Workflow runs'])
  })

  test('at 1440 px, a 1,000-character unbroken "Triggered by" name is cut at two lines, not a 10,000 px table', async ({
    page,
    signInAs,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    const path = `${WF}/runs`
    await signInAs('scientist', { path, scenario: 'long', latency: 0 })
    const firstTrigger = page.getByRole('table', { name: 'Workflow runs' }).getByRole('row').nth(1).getByRole('cell').nth(5)
    await expect(firstTrigger).toContainText('Lorem-ipsum')
    await expectFits(page, path, ['Workflow runs'])
    // Two lines of the row's body text, the rest in the tooltip.
    expect((await firstTrigger.locator('span').boundingBox())?.height).toBeLessThan(45)
    await expect(firstTrigger.locator('span')).toHaveAttribute('title', /Lorem-ipsum.{900,}/)
  })

  test('no table of a local devkit session scrolls sideways', async ({ page }) => {
    await page.goto('/login?scenario=devkit&latency=0')
    await page.getByRole('button', { name: 'Continue with the local devkit' }).click()
    await expect(page.getByRole('status', { name: 'Local devkit' })).toBeVisible()
    await visit(page, '/devkit')
    await expectFits(page, '/devkit', ['Registered manifests'])
    // The session's run list holds the runs it started: one is started first.
    await visit(page, '/modules/local-devkit-example/run')
    await page.getByRole('button', { name: 'Start run' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /^devkit-run-/ })).toBeVisible()
    await visit(page, '/runs')
    await expectFits(page, '/runs', ['Runs of this session'])
  })
})
