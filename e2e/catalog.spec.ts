import { expect, tabTo, test } from './fixtures'

test.describe('Module catalog', () => {
  test('a developer finds a module by search and reads why a version was rejected @smoke', async ({ page, signInAs }) => {
    await signInAs('developer', { path: '/modules' })
    await page.getByRole('searchbox', { name: 'Search modules' }).fill('spectral')
    await expect(page).toHaveURL(/[?&]q=spectral/)
    const modules = page.getByRole('list', { name: 'Modules' })
    await expect(modules.getByRole('listitem')).toHaveCount(1)
    await modules.getByRole('link', { name: 'Spectral Library Search' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Spectral Library Search' })).toBeVisible()
    await page.getByRole('tab', { name: 'Versions' }).click()
    await expect(page).toHaveURL(/tab=versions/)

    const why = page.getByRole('note', { name: 'Why v2.4.0 was rejected' })
    await expect(why).toContainText('SECURITY_SCAN_FAILED')
    await expect(why).toContainText('Rejected at Security scan')
    await expect(why).toContainText('Fix the HIGH/CRITICAL findings')
    await expect(why).toContainText('push it under a new tag and resubmit')
    const pipeline = page.getByRole('list', { name: 'Intake pipeline of v2.4.0' })
    await expect(pipeline.getByRole('list', { name: 'Findings by severity' }).getByRole('listitem')).toHaveText([
      'Critical: 1',
      'High: 3',
      'Medium: 7',
      'Low: 12',
    ])
    await expect(pipeline).toContainText('CVE-2024-45490')
  })

  test('a scientist launches a no-ui module from the generated form and watches the run complete @smoke', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: '/modules/peptide-length-qc' })
    await page.getByRole('link', { name: 'Run module' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Run Peptide Length QC' })).toBeVisible()
    const file = page.getByRole('textbox', { name: 'Peptide table' })
    await expect(page.getByRole('textbox', { name: 'Minimum length' })).toHaveValue('8')

    await page.getByRole('button', { name: 'Start run' }).click()
    await expect(file).toBeFocused()
    await expect(file).toHaveAccessibleDescription(/Required: enter a value\./)
    await expect(page).toHaveURL(/\/modules\/peptide-length-qc\/run$/)

    await file.fill('s3://hla-compass-demo-data/cohort-a/JY_rep1/peptides.tsv')
    await expect(page.getByText('Required: enter a value.')).toHaveCount(0)
    await page.getByRole('button', { name: 'Start run' }).click()
    await expect(page).toHaveURL(/\/runs\/mr-\d+$/)

    // The new run, followed to the end: queued, then running with a log that grows, then completed with its result
    // (the demo gives a new run a few seconds in the queue and 20–40 s of work on its real-time clock).
    test.setTimeout(120_000)
    const runId = page.url().split('/').pop()!
    await expect(page.getByRole('heading', { level: 1, name: runId })).toBeVisible()
    const log = page.getByRole('log', { name: `Log of ${runId}` })
    await expect(log).toContainText('Container started', { timeout: 20_000 })
    const count = page.getByText(/^\d+ lines$/)
    const linesAtFirst = parseInt(await count.innerText(), 10)
    await expect.poll(async () => parseInt(await count.innerText(), 10), { timeout: 40_000 }).toBeGreaterThan(linesAtFirst)
    await expect(page.getByText('completed', { exact: true }).first()).toBeVisible({ timeout: 60_000 })
    await expect(page.getByRole('table', { name: `Results of ${runId}` })).toBeVisible()
  })

  test('the catalog is usable from the keyboard: view switch, a card, the tabs', async ({ page, signInAs }) => {
    await signInAs('developer', { path: '/modules' })
    // The view switch is one tab stop; the arrow keys move between its buttons (MUI's roving focus).
    await tabTo(page, page.getByRole('button', { name: 'Cards' }))
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('button', { name: 'Table' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/view=table/)
    const link = page.getByRole('table', { name: 'Modules' }).getByRole('link', { name: 'Neoantigen Ranker' })
    await tabTo(page, link, 80)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/modules\/neoantigen-ranker$/)
    const overview = page.getByRole('tab', { name: 'Overview' })
    await tabTo(page, overview)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/tab=versions/)
  })
})
