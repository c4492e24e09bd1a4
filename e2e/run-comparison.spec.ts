import { readFile } from 'node:fs/promises'
import { expect, tabTo, test } from './fixtures'

const WF = '/workflows/wf-immunopeptidomics-discovery'

test.describe('Failures and comparison', () => {
  test('a scientist finds last week’s failures, the failing step and its log line', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: `${WF}/runs` })
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' }).click()
    await page.getByRole('button', { name: 'More filters' }).click()
    await page.getByRole('group', { name: 'Started within' }).getByRole('button', { name: 'Last 7 days' }).click()
    await expect(page).toHaveURL(/status=FAILED/)
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/)
    const table = page.getByRole('table', { name: 'Workflow runs' })
    await expect(table.getByRole('row').nth(1)).toContainText('failed')
    // Of last week's failures (demo clock), run-000398 failed in a step; the others stopped at the QC gate.
    await table.getByRole('link', { name: 'run-000398', exact: true }).click()
    // The failing step's bar on the timeline, then its log ends with the failure.
    await page
      .getByRole('group', { name: 'Step timeline' })
      .getByRole('button', { name: /: failed,/ })
      .click()
    await expect(page.getByRole('log', { name: /^Logs of / })).toContainText(/Run failed \([A-Z_]+\); exit code 1/)
  })

  test('a failed and a succeeded run: what changed, only differences by default, the URL restores it, Markdown export', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${WF}/runs` })
    const table = page.getByRole('table', { name: 'Workflow runs' })
    const search = page.getByRole('searchbox', { name: 'Search runs' })
    // Pick the succeeded run first (it becomes the baseline), then the failed one, each found by its id.
    for (const runId of ['run-000020', 'run-000034']) {
      await search.fill(runId)
      const box = table.getByRole('checkbox', { name: `Select ${runId}` })
      await box.click()
      await expect(box).toBeChecked()
    }
    await page.getByRole('toolbar', { name: 'Selected runs' }).getByRole('button', { name: 'Compare' }).click()
    await expect(page).toHaveURL(`${WF}/compare?runs=run-000020,run-000034&baseline=run-000020`)

    const check = async () => {
      await expect(page.getByRole('heading', { name: 'Compare 2 runs', level: 1 })).toBeVisible()
      const steps = page.getByRole('table', { name: 'Steps aligned by step id' })
      await expect(steps.getByRole('row', { name: /Binding prediction/ })).toContainText('failed')
      const artifacts = page.getByRole('table', { name: 'Artifacts compared with the baseline' })
      await expect(artifacts.getByRole('row', { name: /latest\/run\.json/ })).toContainText('Same URI, content changed')
      const inputs = page.getByRole('table', { name: 'Run inputs compared with the baseline' })
      await expect(inputs.getByRole('rowheader')).toHaveText(['thresholds.rankEL'])
    }
    await check()
    await page.reload()
    await check()
    // The chart (its own lazily loaded chunk) draws a bar per run and step.
    const chart = page.getByRole('region', { name: 'Duration and credits per step' })
    await expect(chart).toContainText('Minutes per step')
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()

    // Everything is one switch away, and the switch is in the URL too.
    const showAll = page.getByRole('switch', { name: 'Show all inputs' })
    await showAll.click()
    await expect(showAll).toBeChecked()
    await expect(page).toHaveURL(/inputs=all/)
    await expect(
      page.getByRole('table', { name: 'Run inputs compared with the baseline' }).getByRole('rowheader'),
    ).not.toHaveCount(1)

    await page.getByRole('button', { name: 'Export' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: 'Markdown (.md)' }).click()
    const file = await (await download).path()
    const markdown = await readFile(file, 'utf8')
    expect(markdown).toContain('# Comparison of 2 runs of wf-immunopeptidomics-discovery')
    expect(markdown).toContain('| thresholds.rankEL |')
    expect(markdown).toContain('Same URI, content changed')
  })

  test('the baseline is changed from the keyboard and the deltas follow', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: `${WF}/compare?runs=run-000020,run-000034` })
    const glance = page.getByRole('list', { name: 'At a glance' })
    await expect(glance).toContainText('run-000034 vs run-000020')
    await tabTo(page, page.getByRole('button', { name: 'Make run-000034 the baseline' }), 80)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/baseline=run-000034/)
    await expect(glance).toContainText('run-000020 vs run-000034')
    await expect(glance).toContainText('succeeded (baseline failed)')
  })
})
