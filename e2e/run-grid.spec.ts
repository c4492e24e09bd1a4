import { expect, test } from './fixtures'

// Issue 17 (2, 5): Run History's runs × steps grid. A scientist sees which step of the discovery pipeline failed most
// over the last 50 runs, one click from Run History, and a cell opens its run at that step.

const RUNS = '/workflows/wf-immunopeptidomics-discovery/runs'

test.describe('Runs × steps grid', () => {
  test('a scientist finds the step that failed most and opens a failure of it at that step @smoke', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: '/workflows' })
    await page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }).click()
    await expect(page.getByRole('table', { name: 'Workflow runs' })).toBeVisible()
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Steps grid' }).click()
    await expect(page).toHaveURL(/view=grid/)

    const grid = page.getByRole('grid', { name: 'Steps by run' })
    const summary = page.getByText(/^Most failures: /)
    await expect(summary).toHaveText(/^Most failures: .+, in \d+ of 50 runs/)
    const step = (await summary.innerText()).match(/^Most failures: (.+), in \d+ of/)![1]!
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: step, exact: true }) })
    await expect(row.getByRole('gridcell', { name: /failed, the most of any step$/ })).toBeVisible()

    const failure = row.getByRole('gridcell', { name: new RegExp(`^run-\\d+, ${step}: failed`) }).first()
    const runId = ((await failure.getAttribute('aria-label')) ?? '').split(',')[0]!
    // Hovering explains the cell: the run, the status, the duration against the step's median.
    await failure.hover()
    await expect(page.getByText(`${runId} · started`)).toBeVisible()
    await expect(page.getByText(/× the median of /)).toBeVisible()

    await failure.click()
    await expect(page.getByRole('heading', { level: 1, name: runId })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/runs/${runId}\\?step=`))
    await expect(page.getByRole('table', { name: 'Steps' }).getByRole('button', { name: new RegExp(step) })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByText(`Step: ${step}`)).toBeVisible()

    // Back returns to the grid (the view is in the URL).
    await page.goBack()
    await expect(grid).toBeVisible()
  })

  test('the grid is worked with the keyboard alone: arrows, Enter, and Space on a column head for Compare', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: `${RUNS}?view=grid` })
    const grid = page.getByRole('grid', { name: 'Steps by run' })
    await expect(grid).toBeVisible()
    const heads = grid.getByRole('columnheader')
    const [first, second] = await Promise.all(
      [2, 3].map(async (n) => ((await heads.nth(n).getAttribute('aria-label')) ?? '').split(',')[0]!),
    )
    // One tab stop: the first cell.
    await grid
      .getByRole('gridcell', { name: /^run-\d+, HLA typing: / })
      .first()
      .focus()
    await page.keyboard.press('ArrowUp')
    await expect(page.getByRole('checkbox', { name: `Select ${first}` })).toBeFocused()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(new RegExp(`selected=${first}%2C${second}|selected=${first},${second}`))
    await expect(page.getByRole('toolbar', { name: 'Selected runs' })).toContainText('2 selected')

    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(grid.getByRole('gridcell', { name: new RegExp(`^${second}, Spectral library search: `) })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/runs/${second}\\?step=library-search$`))
    await expect(page.getByText('Step: Spectral library search')).toBeVisible()
  })
})
