import { expect, test } from './fixtures'

const RUNS = '/workflows/wf-immunopeptidomics-discovery/runs'

test.describe('Workflow Run History', () => {
  test('a scientist narrows the runs to failures and opens one with its step timeline @smoke', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/workflows' })
    await page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }).click()
    const table = page.getByRole('table', { name: 'Workflow runs' })
    await expect(table).toBeVisible()
    await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' }).click()
    await expect(page).toHaveURL(/status=FAILED/)
    await expect(table.getByRole('row').nth(1)).toContainText('failed')
    await table
      .getByRole('row')
      .nth(1)
      .getByRole('link', { name: /^run-\d+$/ })
      .click()
    await expect(page.getByRole('heading', { name: /^run-\d+$/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Open in Step Functions (new tab)' })).toHaveAttribute(
      'href',
      /^https:\/\/eu-central-1\.console\.aws\.amazon\.com\/states\//,
    )
    // A bar of the timeline selects its step (in the URL) and shows its inputs and logs.
    await page.getByRole('button', { name: /^HLA typing: / }).click()
    await expect(page).toHaveURL(/step=/)
    await expect(page.getByText('Step: HLA typing')).toBeVisible()
  })

  test('two runs picked on different pages are compared with the first as baseline', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: RUNS })
    const table = page.getByRole('table', { name: 'Workflow runs' })
    const first = await table
      .getByRole('row')
      .nth(1)
      .getByRole('link', { name: /^run-\d+$/ })
      .innerText()
    await table.getByRole('checkbox', { name: `Select ${first}` }).click()
    await expect(table.getByRole('checkbox', { name: `Select ${first}` })).toBeChecked()
    await page.getByRole('button', { name: 'Next page' }).click()
    await expect(table.getByRole('checkbox', { name: `Select ${first}` })).toHaveCount(0)
    const second = await table
      .getByRole('row')
      .nth(1)
      .getByRole('link', { name: /^run-\d+$/ })
      .innerText()
    await table.getByRole('checkbox', { name: `Select ${second}` }).click()
    await expect(table.getByRole('checkbox', { name: `Select ${second}` })).toBeChecked()
    await page.getByRole('toolbar', { name: 'Selected runs' }).getByRole('button', { name: 'Compare' }).click()
    await expect(page).toHaveURL(`/workflows/wf-immunopeptidomics-discovery/compare?runs=${first},${second}&baseline=${first}`)
  })

  test('the run list draws the rows in view, the rest of the page as it scrolls, and more rows when the window grows', async ({
    page,
    signInAs,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await signInAs('scientist', { path: RUNS })
    const table = page.getByRole('table', { name: 'Workflow runs' })
    const rows = table.locator('tbody tr')
    await expect(rows.first()).toBeVisible()
    // 50 runs on the page, a few more than the ~10 in view drawn: the last run of the page is not drawn yet.
    const drawn = await rows.count()
    expect(drawn).toBeLessThan(25)
    await expect(table.locator('tbody tr[data-index="49"]')).toHaveCount(0)
    // The scroll area's size comes from the browser's layout (a ResizeObserver), not from a read in React's commit:
    // a taller window must still draw more rows.
    await page.setViewportSize({ width: 1280, height: 1400 })
    await expect.poll(() => rows.count()).toBeGreaterThan(drawn)
    // Scrolling the list to its end draws the page's last run.
    await table.hover()
    await page.mouse.wheel(0, 53 * 60)
    await expect(table.locator('tbody tr[data-index="49"]')).toBeVisible()
    await expect(table.locator('tbody tr[data-index="0"]')).toHaveCount(0)
  })
})
