import { existsSync } from 'node:fs'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

export type Persona = 'superuser' | 'admin' | 'developer' | 'scientist' | 'multi-org'

/** The seeded demo users (mocks/fixtures/users.ts), by the role they demonstrate. */
export const PERSONAS: Record<Persona, { name: string; email: string }> = {
  superuser: { name: 'Priya Raman', email: 'priya.raman@hla-compass.io' },
  admin: { name: 'Tomás Herrera', email: 'tomas.herrera@acme-immuno.example' },
  developer: { name: 'Mei Lin', email: 'mei.lin@acme-immuno.example' },
  scientist: { name: 'Jonas Weber', email: 'jonas.weber@acme-immuno.example' },
  'multi-org': { name: 'Amara Okafor', email: 'amara.okafor@northwind-bio.example' },
}

type Options = {
  /**
   * Console messages a spec provokes on purpose (an injected 500 makes Chromium log "Failed to load resource"). Every
   * other `console.error`, React warning or uncaught page error fails the test (issue 12: zero console errors). One
   * pattern (join alternatives with `|`): Playwright reads a two-element array given to `test.use` as [value, options].
   */
  expectedConsoleErrors: RegExp | RegExp[]
}

/**
 * Chromium logs every 4xx/5xx answer and every dropped request as a console error. A spec that provokes failures on
 * purpose announces them with `test.use({ expectedConsoleErrors: failedRequests(401, 503) })`; without statuses,
 * any failed answer or dropped connection.
 */
export function failedRequests(...statuses: number[]): RegExp {
  const status = statuses.length ? statuses.join('|') : '[45]\\d\\d'
  return statuses.length
    ? new RegExp(`Failed to load resource: the server responded with a status of (${status})\\b`)
    : new RegExp(`Failed to load resource: (the server responded with a status of ${status}\\b|net::ERR_FAILED)`)
}

/** What the browser reports as a problem: errors, and React's warnings (logged as errors or warnings). */
const isProblem = (type: string, text: string) =>
  type === 'error' || (type === 'warning' && /\bReact\b|Warning: |validateDOMNesting|cannot be a descendant/.test(text))

type Fixtures = {
  /**
   * Signs in through the login page as a person would, optionally in a demo scenario and with the demo's simulated
   * latency set (0 for suites that only judge rendered pages), and lands on `path`.
   */
  signInAs: (persona: Persona, options?: { path?: string; scenario?: string; latency?: number }) => Promise<void>
  /** Collects uncaught page errors; a test can assert there were none. */
  pageErrors: string[]
}

export type SignInAs = Fixtures['signInAs']

/**
 * Chromium with site isolation on, as users run it (Playwright turns it off by default): the module frame, served from
 * another site, then runs in a process of its own.
 */
export const siteIsolatedChromium = {
  args: ['--site-per-process'],
  executablePath: process.env.PW_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
}

export const test = base.extend<Fixtures & Options & { consoleGuard: void }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, expectedConsoleErrors }, use) => {
      const expected = [expectedConsoleErrors].flat()
      const problems: string[] = []
      const record = (text: string) => {
        if (!expected.some((pattern) => pattern.test(text))) problems.push(text)
      }
      page.on('console', (message) => {
        if (isProblem(message.type(), message.text()))
          record(`console.${message.type()}: ${message.text()} (${message.location().url})`)
      })
      page.on('pageerror', (error) => record(`pageerror: ${error.message}`))
      await use()
      expect(problems, 'console errors, React warnings or page errors the test did not expect').toEqual([])
    },
    { auto: true },
  ],
  pageErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
  },
  signInAs: async ({ page }, use) => {
    await use(async (persona, { path = '/', scenario, latency } = {}) => {
      const query = new URLSearchParams({ returnTo: path })
      if (scenario) query.set('scenario', scenario)
      if (latency !== undefined) query.set('latency', String(latency))
      await page.goto(`/login?${query}`)
      await page.getByRole('button', { name: `Sign in as ${PERSONAS[persona].name}` }).click()
      // The shell is up (its account menu exists; a drawer opened by `path` may hide it from the accessibility tree).
      await expect(
        page.getByRole('button', { name: `Account menu for ${PERSONAS[persona].name}`, includeHidden: true }),
      ).toBeAttached()
    })
  },
})

export { expect }

/** The side navigation's entries as the user sees them. */
export async function navigationLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav).toBeVisible()
  return nav.getByRole('link').allInnerTexts()
}

/** Presses Tab until `target` has the focus, proving it is reachable by keyboard (fails after `limit` presses). */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Not reachable with ${limit} Tab presses: ${target}`)
}
