import type { Locator, Page } from '@playwright/test'
import { expect, tabTo, test } from './fixtures'

// Issue 7 (6): the main flows with the keyboard alone. No mouse click anywhere: `tabTo` proves each control is
// reachable with Tab, then Enter, Space, the arrow keys or typing operates it.

const WF = '/workflows/wf-immunopeptidomics-discovery'

/** Presses Shift+Tab until `target` has the focus: reachable backwards, for controls above the focused one. */
async function shiftTabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Shift+Tab')
  }
  throw new Error(`Not reachable with ${limit} Shift+Tab presses: ${target}`)
}

/** The run id a row of the Run History shows (read, not clicked). */
const runIdOf = (row: Locator) => row.getByRole('link', { name: /^run-\d+$/ }).innerText()

test.describe('Keyboard only', () => {
  test('Run History: open a workflow, filter by status, select two runs and compare them', async ({ page, signInAs }) => {
    test.slow() // dozens of Tab presses, each a round trip to the browser
    await signInAs('scientist', { path: '/workflows' })
    await tabTo(page, page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }), 60)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(`${WF}/runs`)
    const table = page.getByRole('table', { name: 'Workflow runs' })
    await expect(table).toBeVisible()

    const failed = page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Failed' })
    await tabTo(page, failed, 60)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/status=FAILED/)
    await expect(failed).toHaveAttribute('aria-pressed', 'true')
    const rows = table.getByRole('row')
    await expect(rows.nth(1)).toContainText('failed')
    await expect(rows.nth(2)).toContainText('failed')

    const picked = [await runIdOf(rows.nth(1)), await runIdOf(rows.nth(2))]
    for (const runId of picked) {
      const box = table.getByRole('checkbox', { name: `Select ${runId}` })
      await tabTo(page, box, 80)
      await page.keyboard.press('Space')
      await expect(box).toBeChecked()
    }
    const selection = page.getByRole('toolbar', { name: 'Selected runs' })
    await expect(selection).toContainText('2 selected')
    // The selection's actions sit above the table: back up to them from the last checkbox.
    await shiftTabTo(page, selection.getByRole('button', { name: 'Compare' }))
    await page.keyboard.press('Enter')

    await expect(page).toHaveURL(`${WF}/compare?runs=${picked.join(',')}&baseline=${picked[0]}`)
    await expect(page.getByRole('heading', { name: 'Compare 2 runs', level: 1 })).toBeVisible()
    await expect(page.getByRole('list', { name: 'At a glance' })).toContainText(`${picked[1]} vs ${picked[0]}`)
    await expect(page.getByRole('table', { name: 'Steps aligned by step id' })).toBeVisible()
  })

  test('Launch: open a module, fill its generated form, start the run and reach it', async ({ page, signInAs }) => {
    test.slow() // dozens of Tab presses, each a round trip to the browser: 33 s once on a busy 2-core machine
    await signInAs('scientist', { path: '/modules/netmhcpan-binding' })
    await tabTo(page, page.getByRole('link', { name: 'Run module' }), 60)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Run NetMHCpan Binding' })).toBeVisible()
    const form = page.getByRole('form', { name: 'Parameters of NetMHCpan Binding' })

    // Submitting empty puts the focus on the first field that needs a value.
    await tabTo(page, form.getByRole('button', { name: 'Start run' }), 80)
    await page.keyboard.press('Enter')
    const peptides = form.getByRole('textbox', { name: 'Peptides' })
    await expect(peptides).toBeFocused()

    await page.keyboard.type('SLYNTVATL')
    await page.keyboard.press('Enter') // a new line in the list, not a submit
    await page.keyboard.type('GILGFVFTL')
    await expect(peptides).toHaveValue('SLYNTVATL\nGILGFVFTL')
    const allele = form
      .getByRole('group', { name: /alleles/i })
      .getByRole('checkbox')
      .first()
    await tabTo(page, allele)
    await page.keyboard.press('Space')
    await expect(allele).toBeChecked()
    const threshold = form.getByRole('textbox', { name: '%Rank threshold' })
    await tabTo(page, threshold, 60)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('0.5')
    await expect(threshold).toHaveValue('0.5')
    const mode = form.getByRole('combobox', { name: 'Mode', exact: true })
    await tabTo(page, mode)
    await page.keyboard.type('BA') // a native select picks the option whose label is typed
    await expect(mode.locator('option:checked')).toHaveText('BA')

    await tabTo(page, form.getByRole('button', { name: 'Start run' }), 60)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/runs\/mr-\d+$/)
    const runId = page.url().split('/').pop()!
    await expect(page.getByRole('heading', { level: 1, name: runId })).toBeVisible()
    const parameters = page.getByRole('region', { name: `Parameters of ${runId}` })
    await expect(parameters).toContainText('GILGFVFTL')
    await expect(parameters).toContainText('"rank_threshold": 0.5')
  })
})
