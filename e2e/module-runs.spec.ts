import { expect, test } from './fixtures'

// Demo fixtures (mocks/stores/runShowcase.ts), all Jonas Weber's: mr-000047 finishes about 20 s after the demo starts,
// mr-000046 runs for 25 minutes, mr-000045 failed with HTML payloads in its parameters and log.
const TAILING = 'mr-000047'
const LONG = 'mr-000046'
const FAILED = 'mr-000045'

test.describe('Module runs', () => {
  test('a scientist opens a running run and watches its log grow until it completes @smoke', async ({ page, signInAs }) => {
    // The demo clock runs in real time: this run needs about 20 s of it.
    test.setTimeout(60_000)
    await signInAs('scientist', { path: '/runs' })
    await page.getByRole('table', { name: 'Module runs' }).getByRole('link', { name: TAILING }).click()
    const drawer = page.getByRole('dialog', { name: TAILING })
    await expect(drawer.getByText('Live', { exact: true }).first()).toBeVisible()
    const log = drawer.getByRole('log', { name: `Log of ${TAILING}` })
    await expect(log).toContainText('Container started')
    const count = drawer.getByText(/^\d+ lines$/)
    const linesAtFirst = parseInt(await count.innerText(), 10)
    await expect.poll(async () => parseInt(await count.innerText(), 10), { timeout: 30_000 }).toBeGreaterThan(linesAtFirst)
    await expect(log).toContainText('Finished in', { timeout: 40_000 })
    await expect(drawer.getByText('completed', { exact: true }).first()).toBeVisible()
    await expect(drawer.getByRole('table', { name: `Results of ${TAILING}` })).toBeVisible()
    await expect(drawer.getByRole('table', { name: `Artifacts of ${TAILING}` })).toBeVisible()
    // Esc closes the drawer back to the list.
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/\/runs$/)
  })

  test('a scientist cancels a running run after confirming', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: `/runs/${LONG}` })
    await expect(page.getByRole('heading', { name: LONG, level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Cancel run' }).click()
    const dialog = page.getByRole('dialog', { name: `Cancel run ${LONG}?` })
    await dialog.getByRole('button', { name: 'Cancel run' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('CANCELLED', { exact: true })).toBeVisible()
    await expect(page.getByRole('log', { name: `Log of ${LONG}` })).toContainText('Cancellation requested by Jonas Weber')
    await expect(page.getByRole('button', { name: 'Cancel run' })).toHaveCount(0)
  })

  test('a scientist re-runs a failed run: a new run with the same parameters opens', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/runs?status=failed' })
    await page.getByRole('table', { name: 'Module runs' }).getByRole('link', { name: FAILED }).click()
    const drawer = page.getByRole('dialog', { name: FAILED })
    await expect(drawer.getByText('DATA_ACCESS_DENIED').first()).toBeVisible()
    const parameters = await drawer.getByRole('region', { name: `Parameters of ${FAILED}` }).innerText()
    await drawer.getByRole('button', { name: 'Re-run' }).click()
    await page
      .getByRole('dialog', { name: /^Re-run immunopeptidome-report/ })
      .getByRole('button', { name: 'Start new run' })
      .click()
    const rerun = page.getByRole('dialog', { name: /^mr-\d+$/ })
    await expect(page).toHaveURL(/\/runs\/mr-000048\?status=failed$/)
    await expect(rerun.getByRole('heading', { name: 'mr-000048' })).toBeVisible()
    await expect(rerun.getByRole('region', { name: 'Parameters of mr-000048' })).toHaveText(parameters)
  })

  test('HTML and script payloads in parameters and log lines render as text (xss scenario)', async ({
    page,
    signInAs,
    pageErrors,
  }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await signInAs('scientist', { path: `/runs/${FAILED}`, scenario: 'xss' })
    const log = page.getByRole('log', { name: `Log of ${FAILED}` })
    await expect(log).toContainText('Report title: <script>alert(1)</script>')
    await expect(log).toContainText('<img src=x onerror=alert(1)>')
    await expect(page.getByRole('region', { name: `Parameters of ${FAILED}` })).toContainText('<img src=x onerror=alert(1)>')
    // The filter marks matches as text too.
    await page.getByRole('searchbox', { name: 'Filter lines' }).fill('<script>')
    await expect(log.locator('mark').first()).toHaveText('<script>')
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    expect(dialogs).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
