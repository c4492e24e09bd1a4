import { chromium } from '@playwright/test'
const [, , path, out, scheme = 'light', who = 'Priya Raman', click] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme: scheme })
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto('http://127.0.0.1:5173/login?returnTo=' + encodeURIComponent(path))
await page.getByRole('button', { name: 'Sign in as ' + who }).click()
await page.waitForTimeout(Number(process.env.WAIT ?? 3000))
if (click) {
  await page.getByRole('button', { name: click }).first().click()
  await page.waitForTimeout(1500)
}
await page.screenshot({ path: out })
await browser.close()
