import { expect, test } from './fixtures'

// Issue 17 (1, 5): the workflow graph of a run, from Run History to the failed step's details.
const DISCOVERY = '/workflows/wf-immunopeptidomics-discovery/runs'
const SWEEP = '/workflows/wf-allele-panel-sweep/runs'

test.describe('Workflow graph', () => {
  test('a scientist follows the graph of a failed run to its failed step @smoke', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: DISCOVERY })
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' }).click()
    await expect(page).toHaveURL(/status=FAILED/)
    const table = page.getByRole('table', { name: 'Workflow runs' })
    // Of the failures on the first page (demo data), run-000398 failed in a step; the others stopped at the QC gate.
    await table.getByRole('link', { name: 'run-000398', exact: true }).click()
    const graph = page.getByRole('group', { name: 'Workflow graph of run-000398' })
    const failed = graph.getByRole('button', { name: /, failed, / })
    // The run's page opens on the failed step: highlighted in the graph, in view, already selected.
    await expect(failed).toHaveAttribute('aria-pressed', 'true')
    await failed.scrollIntoViewIfNeeded()
    await expect(failed).toBeInViewport()
    const stepName = (await failed.getAttribute('aria-label'))!.split(', failed, ')[0]!
    // Another step, then back to the failed one: each click is the selection of the timeline and the steps table.
    await graph.getByRole('button', { name: /^HLA typing, completed, / }).click()
    await expect(page).toHaveURL(/step=hla-typing/)
    await expect(page.getByRole('region', { name: 'Step: HLA typing' })).toBeVisible()
    await failed.click()
    await expect(page).toHaveURL(/step=(?!hla-typing)[a-z-]+/)
    const details = page.getByRole('region', { name: `Step: ${stepName}` })
    await expect(details).toBeVisible()
    await expect(details.getByRole('log', { name: `Logs of ${stepName}` })).toContainText(/Run failed \([A-Z_]+\); exit code 1/)
    await expect(
      page.getByRole('group', { name: 'Step timeline' }).getByRole('button', { name: new RegExp(`^${stepName}: failed`) }),
    ).toHaveAttribute('aria-pressed', 'true')
  })

  test('the 50-step sweep: the graph opens on the failed step, the keyboard walks the steps and selects one', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${SWEEP}?status=FAILED` })
    const table = page.getByRole('table', { name: 'Workflow runs' })
    await table.getByRole('link', { name: 'run-001557', exact: true }).click()
    const graph = page.getByRole('group', { name: 'Workflow graph of run-001557' })
    await expect(graph.getByRole('button')).toHaveCount(50)
    const failed = graph.getByRole('button', { name: /^Binding HLA-C\*04:01, failed, / })
    await graph.scrollIntoViewIfNeeded()
    // Fifty ranks do not fit: the view starts scrolled to the failed step, far down the chain.
    await expect(failed).toBeInViewport()
    await expect(graph.getByRole('button', { name: /^Peptide length QC, / })).not.toBeInViewport()
    await failed.focus()
    await page.keyboard.press('ArrowUp')
    const before = graph.getByRole('button', { name: /^Binding HLA-C\*03:04, completed, / })
    await expect(before).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/step=binding-c0304/)
    await expect(page.getByRole('region', { name: 'Step: Binding HLA-C*03:04' })).toBeVisible()
    // Fit shows the whole chain: its first step comes into view.
    await page.getByRole('button', { name: 'Fit' }).click()
    await expect(graph.getByRole('button', { name: /^Peptide length QC, / })).toBeInViewport()
  })

  test('Run History shows the workflow’s structure in a drawer kept in the URL', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: DISCOVERY })
    await page.getByRole('button', { name: 'Workflow graph' }).click()
    await expect(page).toHaveURL(/graph=open/)
    const dialog = page.getByRole('dialog', { name: 'Workflow graph' })
    const graph = dialog.getByRole('group', { name: 'Workflow graph of Immunopeptidomics discovery pipeline' })
    await expect(graph.getByText('9-mer fraction ≥ 40 %?')).toBeVisible()
    await expect(graph.getByText('$.qc.ninemerFraction ≥ 0.4')).toBeVisible()
    await expect(graph.getByText('default', { exact: true })).toBeVisible()
    await page.reload()
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page).not.toHaveURL(/graph=/)
  })
})
