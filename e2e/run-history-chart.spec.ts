import type { Page } from '@playwright/test'
import { expect, tabTo, test } from './fixtures'

const WF = 'wf-immunopeptidomics-discovery'
const RUNS = `/workflows/${WF}/runs`

/**
 * The local dates (`YYYY-MM-DD`, in the browser's time zone) of every run start the list shows, once the list holds
 * the filtered runs (it keeps the previous ones on screen while they load).
 */
async function listedStartDates(page: Page): Promise<string[]> {
  await expect(page.getByText(/ runs match/)).not.toContainText('420 runs match')
  return page
    .getByRole('table', { name: 'Workflow runs' })
    .locator('tbody tr:has(time)')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const start = new Date(row.querySelector('time')!.dateTime)
        const pad = (n: number) => String(n).padStart(2, '0')
        return `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`
      }),
    )
}

test.describe('Run-duration history', () => {
  test('a scientist sees the slow runs stand out, brushes a range of them and the list shows only runs of those days @smoke', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: '/workflows', latency: 0 })
    await page.getByRole('link', { name: 'Immunopeptidomics discovery pipeline' }).click()
    const chart = page.getByRole('region', { name: 'Run history chart' })
    await expect(chart.getByRole('heading', { name: 'All 420 runs' })).toBeVisible()
    await expect(chart.getByRole('list', { name: 'Legend' })).toContainText('expected: p25–p75 of 331 succeeded runs')
    const runs = chart.getByRole('list', { name: 'Runs, oldest first' }).getByRole('link')
    await expect(runs).toHaveCount(420)
    // The slow runs stand out: their bars rise above the band, and say so.
    await expect(chart.locator('a[aria-label*="above the expected band"]')).not.toHaveCount(0)

    const plot = chart.getByRole('group', { name: 'Duration of each run' })
    const box = (await plot.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 8 })
    await expect(chart.getByRole('status')).toContainText(/^\d+ runs picked/)
    await page.mouse.up()

    await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/)
    const url = new URL(page.url())
    const from = url.searchParams.get('from')!
    const to = url.searchParams.get('to')!
    expect(from < to).toBe(true)
    // Still on Run History: the release opened no run.
    expect(url.pathname).toBe(RUNS)
    // The dates live in the closed "More filters" panel; its chips say what the list now applies.
    await expect(page.getByText(`Started on or after ${from}`, { exact: true })).toBeVisible()
    await expect(page.getByText(`Started on or before ${to}`, { exact: true })).toBeVisible()
    await expect(chart.getByRole('heading', { level: 2 })).not.toHaveText('All 420 runs')
    const dates = await listedStartDates(page)
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.every((date) => date >= from && date <= to)).toBe(true)

    await chart.getByRole('button', { name: 'Clear dates' }).click()
    await expect(page).toHaveURL(RUNS)
    await expect(chart.getByRole('heading', { name: 'All 420 runs' })).toBeVisible()
  })

  test('by keyboard: a range picked with Shift+arrows filters by date, Enter on a bar opens its run, credits stay in the URL', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: RUNS, latency: 0 })
    const chart = page.getByRole('region', { name: 'Run history chart' })
    const runs = chart.getByRole('list', { name: 'Runs, oldest first' }).getByRole('link')
    await expect(runs).toHaveCount(420)
    await chart.getByRole('button', { name: 'Credits' }).click()
    await expect(page).toHaveURL(`${RUNS}?metric=credits`)
    await expect(runs.last()).toHaveAccessibleName(/ACT/)

    // The chart is one Tab stop, on the newest run.
    await tabTo(page, runs.last(), 60)
    await page.keyboard.press('Home')
    await expect(runs.first()).toBeFocused()
    for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowRight')
    await expect(chart.getByRole('status')).toContainText('31 runs picked')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/metric=credits&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/)
    const dates = await listedStartDates(page)
    const url = new URL(page.url())
    expect(dates.every((date) => date >= url.searchParams.get('from')! && date <= url.searchParams.get('to')!)).toBe(true)

    const first = runs.first()
    const name = (await first.getAttribute('aria-label'))!.split(',')[0]!
    await first.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(`/workflows/${WF}/runs/${name}`)
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  })
})
