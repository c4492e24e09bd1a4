import { chromium } from '@playwright/test'
const [, , url, out, scheme = 'light'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme })
const logs = []
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`))
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`))
await page.goto(url)
await page.waitForTimeout(Number(process.env.WAIT ?? 2500))
if (process.env.CLICK) {
  await page.getByRole('button', { name: process.env.CLICK }).first().click()
  await page.waitForTimeout(2500)
}
await page.screenshot({ path: out, fullPage: true })
console.log(page.url())
console.log(logs.slice(0, 15).join('\n'))
await browser.close()
