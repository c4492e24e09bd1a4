import { chromium } from '@playwright/test'
const [, , path, out, scheme = 'light', who = 'Jonas Weber'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme })
await page.goto('http://127.0.0.1:5173/login?returnTo=' + encodeURIComponent(path))
await page.getByRole('button', { name: 'Sign in as ' + who }).click()
await page.waitForTimeout(2500)
await page.screenshot({ path: out, fullPage: true })
await browser.close()
