import { stat } from 'node:fs/promises'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

// Issue 18, items 1 and 2. Demo fixtures (deterministic): run-000034's peptides.tsv is 1,549,377 bytes; run-000020 and
// run-000034 both wrote latest/length_qc.tsv and latest/run.json at one URI; run-000417's report step also wrote
// broken files under debug/.
const WF = '/workflows/wf-immunopeptidomics-discovery'
const RUN_BUCKET = 's3://hla-compass-demo-data/workflow-files/wf-immunopeptidomics-discovery'

const naturalWidth = (image: Locator) => image.evaluate((element: HTMLImageElement) => element.naturalWidth)

test.describe('Artifact preview and content diff', () => {
  test('a scientist previews a large table: its first MiB as rows, the size of the rest, and the whole file as a download @smoke', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${WF}/runs/run-000034`, latency: 0 })
    await page.getByRole('table', { name: 'Steps' }).getByRole('button', { name: 'Preview peptides.tsv' }).click()
    const drawer = page.getByRole('dialog', { name: 'peptides.tsv' })
    await expect(drawer.getByText('First 1 MiB of 1.5 MiB shown. Download the file for the rest.')).toBeVisible()
    const table = drawer.getByRole('table', { name: 'Content of peptides.tsv' })
    await expect(table.getByRole('row')).toHaveCount(101)
    await expect(table.getByRole('columnheader')).toHaveText([
      '#',
      'peptide',
      'length',
      'protein',
      'gene',
      'score',
      'q_value',
      'intensity',
    ])
    await expect(drawer.getByText(/^100 of [\d,]+ rows shown; [\d,]+ more rows not shown in the part read/)).toBeVisible()
    await expect(page).toHaveURL(
      new RegExp(`artifact=${encodeURIComponent(`${RUN_BUCKET}/run-000034/library-search/peptides.tsv`)}`),
    )

    const download = page.waitForEvent('download')
    await drawer.getByRole('button', { name: 'Download (1.5 MiB)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('peptides.tsv')
    expect((await stat((await file.path())!)).size).toBe(1_549_377)

    // The URL keeps the preview open across a reload; Back closes it.
    await page.reload()
    await expect(drawer.getByRole('table', { name: 'Content of peptides.tsv' })).toBeVisible()
    await page.goBack()
    await expect(drawer).toBeHidden()
    await expect(page.getByRole('heading', { name: 'run-000034', level: 1 })).toBeVisible()
  })

  test('from “Same URI, content changed” a scientist opens both versions side by side with the changed lines marked', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${WF}/compare?runs=run-000020,run-000034&baseline=run-000020`, latency: 0 })
    const artifacts = page.getByRole('table', { name: 'Artifacts compared with the baseline' })
    await artifacts
      .getByRole('button', { name: 'Same URI, content changed: compare latest/length_qc.tsv of run-000034 with the baseline' })
      .click()
    const drawer = page.getByRole('dialog', { name: 'latest/length_qc.tsv' })
    await expect(drawer.getByText('Same URI, content changed: run-000034 against the baseline run-000020')).toBeVisible()
    await expect(drawer.getByRole('heading', { name: 'run-000020 (baseline)' })).toBeVisible()
    await expect(drawer.getByRole('heading', { name: 'run-000034', exact: true })).toBeVisible()
    const diff = drawer.getByRole('region', { name: 'Rows of latest/length_qc.tsv compared by column' })
    await expect(diff).toBeVisible()
    await expect(drawer.getByRole('status')).toHaveText(/^\d+ lines? changed, \d+ lines? added, \d+ lines? removed\.$/)
    // Each changed row says so (in words for screen readers), and each side marks the cells that changed.
    await expect(diff.getByText('changed line').first()).toBeAttached()
    await expect(diff.getByTitle('peptides changed').first()).toBeVisible()
    await expect(page).toHaveURL(/diff=run-000034%3Alength-qc%3Alatest%2Flength_qc\.tsv/)

    await page.reload()
    await expect(diff).toBeVisible()
    await drawer.getByRole('button', { name: 'Close comparison of contents' }).click()
    await expect(drawer).toBeHidden()
    await expect(page).not.toHaveURL(/diff=/)

    // An overwritten JSON file: its values by path, differences only.
    await artifacts.getByRole('button', { name: /^Same URI, content changed: compare latest\/run\.json of run-000034/ }).click()
    const values = page
      .getByRole('dialog', { name: 'latest/run.json' })
      .getByRole('table', { name: 'Values of latest/run.json compared with the baseline' })
    await expect(values.getByRole('row', { name: /^run / })).toContainText('"run-000034"changed')
  })

  test('a module run previews its files too, and Esc closes the preview', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/runs/mr-000020-hla-typing', latency: 0 })
    await page
      .getByRole('table', { name: 'Artifacts of mr-000020-hla-typing' })
      .getByRole('button', { name: 'Preview hla_types.tsv' })
      .click()
    const drawer = page.getByRole('dialog', { name: 'hla_types.tsv' })
    await expect(drawer.getByRole('table', { name: 'Content of hla_types.tsv' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    await expect(page).not.toHaveURL(/artifact=/)
    await expect(page.getByRole('heading', { name: 'mr-000020-hla-typing', level: 1 })).toBeVisible()
  })

  test('broken outputs are explained: JSON cut off, bytes that are not UTF-8, ragged rows, an empty file', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${WF}/runs/run-000417`, latency: 0 })
    const steps = page.getByRole('table', { name: 'Steps' })
    const open = async (name: string) => {
      await steps.getByRole('button', { name: `Preview ${name}` }).click()
      return page.getByRole('dialog', { name })
    }
    let drawer = await open('debug/invalid.json')
    await expect(drawer.getByText(/^This file is not valid JSON \(.+\); it is shown as text\.$/)).toBeVisible()
    await expect(drawer.getByRole('region', { name: 'Content of debug/invalid.json' })).toContainText('"GILGFVFTL"')
    await drawer.getByRole('button', { name: 'Close preview' }).click()

    drawer = await open('debug/truncated-utf8.txt')
    await expect(drawer.getByText('Some bytes of this file are not UTF-8 text: each is shown as “�”.')).toBeVisible()
    await expect(drawer.getByRole('region', { name: 'Content of debug/truncated-utf8.txt' })).toContainText('Résumé')
    await drawer.getByRole('button', { name: 'Close preview' }).click()

    drawer = await open('debug/ragged.tsv')
    await expect(
      drawer.getByText(/^5 of 5 rows shown\. 2 rows have a different number of cells than the header \(4\)\.$/),
    ).toBeVisible()
    await expect(
      drawer.getByRole('table', { name: 'Content of debug/ragged.tsv' }).getByRole('columnheader', { name: '(no header)' }),
    ).toHaveCount(2)
    await drawer.getByRole('button', { name: 'Close preview' }).click()

    drawer = await open('debug/empty.tsv')
    await expect(drawer.getByText('This file is empty.')).toBeVisible()
  })
})

test.describe('Artifact preview of reports and plots', () => {
  // Playwright reads the sandboxed frame's page by running its own script there, which the sandbox refuses and says so.
  test.use({
    expectedConsoleErrors:
      /^console\.error: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/,
  })

  test('a report renders as Markdown, an HTML page in a sandboxed frame, and plots as images', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: `${WF}/runs/run-000020`, latency: 0 })
    const steps = page.getByRole('table', { name: 'Steps' })
    const close = (drawer: Locator) => drawer.getByRole('button', { name: 'Close preview' }).click()

    await steps.getByRole('button', { name: 'Preview report.md' }).click()
    let drawer = page.getByRole('dialog', { name: 'report.md' })
    const article = drawer.getByRole('article', { name: 'Content of report.md' })
    await expect(article.getByRole('heading', { name: 'Immunopeptidome report' })).toBeVisible()
    await expect(article.getByRole('link', { name: 'the method (new tab)' })).toHaveAttribute('href', /^https:\/\//)
    await expect(article.getByRole('table')).toBeVisible()
    await close(drawer)

    await steps.getByRole('button', { name: 'Preview qc_report.html' }).click()
    drawer = page.getByRole('dialog', { name: 'qc_report.html' })
    await expect(drawer.locator('iframe')).toHaveAttribute('sandbox', '')
    await expect(page.frameLocator('iframe[sandbox=""]').getByRole('heading', { name: 'Report of run-000020' })).toBeVisible()
    await close(drawer)

    for (const name of ['length_histogram.png', 'motif_logos.svg']) {
      await steps.getByRole('button', { name: `Preview ${name}` }).click()
      drawer = page.getByRole('dialog', { name })
      const image = drawer.getByRole('img', { name })
      await expect(image).toHaveAttribute('src', /^blob:/)
      await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0)
      await close(drawer)
    }
  })
})
