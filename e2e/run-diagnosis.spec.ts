import { expect, test } from './fixtures'

// Issue 18, items 3 and 4: a scientist finds why a run failed by its log beside a good run's, then acts on it. Demo
// fixtures: run-000398 failed in its last step (Report: a missing data grant) six days before the demo clock;
// run-000391 succeeded with the same samples and module versions. A browser session's first re-run is run-900001.
const WF = '/workflows/wf-immunopeptidomics-discovery'
const COMPARE = `${WF}/compare?runs=run-000391,run-000398&baseline=run-000391`

test.describe('Run diagnosis', () => {
  test('comparison → the failed step → Compare logs → the first new error line is marked and one jump away', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: COMPARE })
    const steps = page.getByRole('table', { name: 'Steps aligned by step id' })
    await steps.getByRole('link', { name: 'Compare logs of Report in run-000398 with the baseline' }).click()
    await expect(page).toHaveURL(/[?&]logs=report&run=run-000398/)

    const logs = page.getByRole('table', { name: 'Log of “Report”: run-000391 (baseline) beside run-000398' })
    const first = logs.locator('[data-first-new="true"]')
    await expect(first).toBeVisible()
    await expect(first).toContainText('First new line')
    await expect(first).toContainText(
      '[ERROR] Data grant alithea-bio/immunopeptidomics/peptides is missing for this organization.',
    )
    // Run-specific values are masked: the lines before the error align although ids and times differ.
    await expect(
      logs.getByRole('row', { name: /Heartbeat ‹time› from ‹run›\/report.*Heartbeat ‹time› from ‹run›\/report/ }),
    ).toBeVisible()
    await expect(page.getByText(/differ only in run-specific values\. The first new line is marked\./)).toBeVisible()

    // The switch is URL state: it turns on once the URL has changed (check() would look too early).
    const raw = page.getByRole('switch', { name: 'Show run-specific values' })
    await raw.click()
    await expect(raw).toBeChecked()
    await expect(page).toHaveURL(/raw=1/)
    await expect(logs.getByRole('row', { name: /Heartbeat .* from run-000398\/report/ })).toBeVisible()

    // Scrolled away and back from the keyboard: the marked line takes the focus.
    await logs.evaluate((element) => (element.scrollTop = 0))
    await page.getByRole('button', { name: 'Jump to first new line' }).press('Enter')
    await expect(first).toBeFocused()

    // The URL brings the same view back.
    await page.reload()
    await expect(logs.locator('[data-first-new="true"]')).toContainText('[ERROR] Data grant')
    await expect(page.getByRole('switch', { name: 'Show run-specific values' })).toBeChecked()
  })

  test('a failed run → Redrive from the failed step → the new run links its origin and the earlier steps are not run again', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${WF}/runs/run-000398` })
    await expect(page.getByText('Continues from “Report”; the 5 steps before it are not run again.')).toBeVisible()
    await page.getByRole('button', { name: 'Redrive from the failed step' }).click()
    const dialog = page.getByRole('dialog', { name: 'Redrive run-000398 from the failed step?' })
    await expect(dialog).toContainText('Not run again (their results are kept): “HLA typing”')
    await dialog.getByRole('button', { name: 'Redrive' }).click()

    await expect(page).toHaveURL(`${WF}/runs/run-900001`)
    await expect(page.getByRole('heading', { name: 'run-900001', level: 1 })).toBeVisible()
    const family = page.getByRole('region', { name: 'Run family' })
    await expect(family).toContainText('Redrive of run-000398 from “Report”. The 5 steps before it were not run again')
    const table = page.getByRole('table', { name: 'Steps' })
    for (const step of [
      'HLA typing',
      'Spectral library search',
      'Peptide length QC',
      'Binding prediction',
      'Motif deconvolution',
    ])
      await expect(table.getByRole('row', { name: new RegExp(`^${step}`) })).toContainText('Not run again')
    await expect(table.getByRole('row', { name: /^Report/ })).not.toContainText('Not run again')
    await expect(
      page.getByRole('group', { name: 'Step timeline' }).getByRole('button', { name: /^HLA typing: completed, not run again/ }),
    ).toBeVisible()

    // The origin lists its re-runs, and does not offer a second redrive.
    await family.getByRole('link', { name: 'run-000398', exact: true }).click()
    const reruns = page.getByRole('table', { name: 'Runs started from this run' })
    await expect(reruns.getByRole('row', { name: /run-900001/ })).toContainText('Redrive')
    await expect(page.getByRole('button', { name: 'Redrive from the failed step' })).toBeDisabled()
    await expect(page.getByText('Already redriven as run-900001.')).toBeVisible()
  })

  test('Run with changes shows the changes as a diff before the run starts', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: `${WF}/runs/run-000398` })
    await page.getByRole('link', { name: 'Run with changes' }).click()
    const editor = page.getByRole('textbox', { name: 'Inputs (JSON)' })
    await expect(editor).toHaveValue(/"rankEL": /)
    await expect(page.getByText('The inputs are identical.')).toBeVisible()
    await editor.fill((await editor.inputValue()).replace(/"rankEL": [\d.]+/, '"rankEL": 0.5'))
    const changes = page.getByRole('table', { name: 'Changes to the inputs' })
    await expect(changes.getByRole('rowheader')).toHaveText(['thresholds.rankEL'])
    await expect(changes.getByRole('row', { name: /thresholds\.rankEL/ })).toContainText('0.5')
    await page.getByRole('button', { name: 'Start run with 1 change' }).click()

    await expect(page.getByRole('heading', { name: 'run-900001', level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Run family' })).toContainText('Re-run of run-000398 with changed inputs')
  })
})
