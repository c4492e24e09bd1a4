// Browser side of the bench: a preview server of the built console and Chromium, for measurements a build cannot give.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

// BENCH_PORT lets two checkouts bench side by side (the floor server takes BENCH_PORT + 1).
const PORT = Number(process.env.BENCH_PORT ?? 4175)
export const BASE_URL = `http://127.0.0.1:${PORT}`

/** Starts `vite preview` on its own port and resolves once it answers. */
export async function startPreview() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE_URL)).ok) {
        let stopped = false
        // Idempotent: the bench stops the preview before the floor part and again on its way out.
        return () => void (stopped || ((stopped = true), process.kill(-server.pid)))
      }
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  process.kill(-server.pid)
  throw new Error('vite preview did not start')
}

export async function launchBrowser() {
  const executablePath = process.env.PW_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  return chromium.launch({ executablePath })
}

/** Signs a demo user in on a fresh page, in a scenario, with the demo's simulated latency off (we measure the console). */
export async function signedInPage(browser, { scenario = 'default', user, path }) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const query = new URLSearchParams({ scenario, latency: '0', returnTo: path })
  await page.goto(`${BASE_URL}/login?${query}`)
  await page.getByRole('button', { name: `Sign in as ${user}` }).click()
  await page.waitForURL((url) => url.pathname === path.split('?')[0])
  return page
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
