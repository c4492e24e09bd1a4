import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'
import { nginxBinary } from './scripts/serve/nginx.mjs'

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`
// Debian's Chromium where present (these machines cannot download Playwright's own); PW_CHROMIUM_PATH overrides;
// elsewhere Playwright's browser from `npx playwright install chromium`.
const executablePath = process.env.PW_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

// The suite runs against the production serving recipe (deploy/nginx) wherever nginx is installed — always in CI, which
// installs it — and against `vite preview` otherwise. E2E_SERVER=preview|nginx picks one. Both serve the demo build
// (dist-demo/); the nginx run also builds the real-mode build (dist/), which e2e/serving.spec.ts serves and checks.
const server = process.env.E2E_SERVER ?? (nginxBinary() ? 'nginx' : 'preview')
const quietBuild = 'npx vite build --logLevel warn'
const command =
  server === 'nginx'
    ? `VITE_API_MOCKING=off ${quietBuild} && ${quietBuild} && node scripts/serve/nginx.mjs --root dist-demo --port ${port}`
    : `${quietBuild} && npx vite preview --port ${port}`

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { baseURL, trace: 'retain-on-failure' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath } } }],
  webServer: { command, url: baseURL, reuseExistingServer: !process.env.CI, timeout: 300_000 },
})
