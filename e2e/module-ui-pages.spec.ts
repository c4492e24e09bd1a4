import { expect, test } from './fixtures'

// The demo's immunopeptidome-report is a with-ui module of the internal tier: its UI mounts in the console's realm.
test.describe('Module UIs where modules appear', () => {
  test('a with-ui run shows the module’s own view of that run', async ({ page, signInAs, pageErrors }) => {
    await signInAs('scientist', { path: '/runs/mr-000039' })
    const ui = page.getByRole('region', { name: 'Module UI' })
    await expect(ui).toContainText('Run mr-000039')
    // The host pushes the run's status to the module (subscribe).
    await expect(ui).toContainText(/Mounted run status: (running|completed)/)
    expect(pageErrors).toEqual([])
  })

  test('the launch page of a with-ui module mounts its UI above the parameter form', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/modules/immunopeptidome-report/run' })
    const ui = page.getByRole('region', { name: 'Module UI' })
    await expect(ui.getByRole('button', { name: 'Run analysis' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: /Report title/ })).toBeVisible()
  })

  test('a with-ui step of a workflow run shows the module’s view of its module run', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/workflows/wf-immunopeptidomics-discovery/runs/run-000417?step=report' })
    await expect(page.getByText('Step: Report')).toBeVisible()
    await expect(page.getByText('Run mr-000417-report')).toBeVisible()
  })
})
