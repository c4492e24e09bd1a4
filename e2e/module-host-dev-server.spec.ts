import type { Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { expect, siteIsolatedChromium, test } from './fixtures'
import { closedPort, startStaticServer, type StaticServer } from './staticServer'

// Issue 14: bundles built the way the public template and the golden example build, served by a plain static server
// (no CORS headers), mounted in the developer harness; every load failure named by its cause, with a fix and Retry.
const ROOT = fileURLToPath(new URL('./module-bundles/', import.meta.url))

test.use({
  launchOptions: siteIsolatedChromium,
  // What the browser itself logs while a bundle fails on purpose: failed loads, CORS refusals, the bundle's own throw,
  // React's report of the crash it caught. One pattern: Playwright reads a two-element array as [value, options].
  expectedConsoleErrors: [
    new RegExp(
      [
        'Failed to load resource',
        'blocked by CORS policy',
        'net::ERR_',
        'Script error',
        'config\\.json was not bundled',
        'Cannot read properties of (null|undefined)',
        'Minified React error #321',
        'The above error occurred|An error occurred in the <\\w+> component',
      ].join('|'),
    ),
  ],
})

let plain: StaticServer
let cors: StaticServer
test.beforeAll(async () => {
  plain = await startStaticServer(ROOT)
  cors = await startStaticServer(ROOT, { cors: true })
})
test.afterAll(async () => {
  await plain.close()
  await cors.close()
})

async function openHarness(page: Page, signInAs: (p: 'developer', o: { path: string }) => Promise<void>) {
  await signInAs('developer', { path: '/dev/module-harness' })
  await expect(page.getByRole('heading', { name: 'Module UI harness' })).toBeVisible()
}

/** Mounts a URL as a module developer does: URL, `ui.globals`, optionally an integrity value, then Mount URL. */
async function mountUrl(page: Page, url: string, { globals = '', integrity = '' } = {}) {
  await page.getByLabel('Bundle URL (localhost only)').fill(url)
  await page.getByLabel('ui.globals').fill(globals)
  await page.getByLabel('Integrity (optional)').fill(integrity)
  await page.getByRole('button', { name: 'Mount URL' }).click()
  await expect(page.getByText(`DEV OVERRIDE ${url}`)).toBeVisible()
}

const moduleFrame = (page: Page) => page.frameLocator('iframe[title$="(module UI)"]')
const insertions = (page: Page) => page.getByRole('list', { name: 'Harness log' }).getByText('iframe inserted', { exact: true })

/** The card of `code` with its message and hints; Retry loads again (a new frame) and shows the same cause. */
async function expectCard(page: Page, code: string, message: RegExp, hints: RegExp[] = []) {
  const card = page.locator(`[data-module-error="${code}"]`)
  await expect(card).toBeVisible()
  await expect(card).toContainText(message)
  for (const hint of hints) await expect(card.getByRole('list', { name: 'How to fix it' })).toContainText(hint)
  await expect(page.locator('iframe[title$="(module UI)"]')).toHaveCount(0)
  // The card's message and hints, for the run's report.
  const lines = (await card.innerText()).split('\n').filter((line) => line.trim())
  test.info().annotations.push({ type: code, description: lines.slice(2, -2).join(' | ') })
  const before = await insertions(page).count()
  await card.getByRole('button', { name: 'Retry' }).click()
  await expect(insertions(page)).toHaveCount(before + 1)
  await expect(page.locator(`[data-module-error="${code}"]`)).toContainText(message)
}

test.describe('Module UI harness with a plain static server', () => {
  test('a template-built bundle mounts from a server without CORS headers: antd, icons, toasts, onExecute, lazy chunk', async ({
    page,
    signInAs,
  }) => {
    await openHarness(page, signInAs)
    await mountUrl(page, `${plain.origin}/template/bundle.js`, { globals: 'antd@5, icons@6' })
    const ui = moduleFrame(page)
    await expect(ui.getByRole('heading', { name: 'Peptide Scorer' })).toBeVisible()
    await expect(page.locator('[data-module-host]')).toHaveAttribute('data-module-phase', 'mounted')
    await ui.getByRole('button', { name: 'Score peptides' }).click()
    await expect(ui.getByTestId('scorer-result')).toHaveText('Result: success')
    await expect(ui.getByText('Scoring finished')).toBeVisible()
    // The chart view is a separate JSONP chunk, found next to bundle.js through webpack's automatic publicPath.
    await ui.getByRole('button', { name: 'Show chart' }).click()
    await expect(ui.getByTestId('scorer-chart')).toBeVisible()
    // antd's styles stay in the frame's document.
    expect(
      await page.evaluate(() => [...document.querySelectorAll('style')].some((s) => s.textContent?.includes('.ant-card'))),
    ).toBe(false)
  })

  test('every load failure shows its own cause, a fix and Retry', async ({ page, signInAs }) => {
    test.setTimeout(120_000)
    await openHarness(page, signInAs)
    const port = await closedPort()

    await mountUrl(page, `${plain.origin}/nope/bundle.js`)
    await expectCard(page, 'MODULE_NOT_FOUND', /answered with an error status \(such as 404\)/, [/Check the path/])
    await mountUrl(page, `${cors.origin}/nope/bundle.js`)
    await expectCard(page, 'MODULE_NOT_FOUND', /answered HTTP 404/)
    await mountUrl(page, `http://127.0.0.1:${port}/bundle.js`)
    await expectCard(page, 'MODULE_NOT_FOUND', new RegExp(`Nothing answers at http://127.0.0.1:${port}`), [/Start the server/])
    await mountUrl(page, `${plain.origin}/template/bundle.js`, { integrity: `sha384-${'A'.repeat(64)}` })
    await expectCard(page, 'MODULE_CORS_REFUSED', /without Access-Control-Allow-Origin/, [/Access-Control-Allow-Origin: \*/])
    await mountUrl(page, `${cors.origin}/template/bundle.js`, {
      integrity: `sha384-${'A'.repeat(64)}`,
      globals: 'antd@5, icons@6',
    })
    await expectCard(page, 'MODULE_SRI_MISMATCH', /differs from the recorded one/)
    await mountUrl(page, `${plain.origin}/broken/index.html`)
    await expectCard(page, 'MODULE_NOT_JAVASCRIPT', /not JavaScript/, [/index\.html/])
    await mountUrl(page, `${cors.origin}/broken/index.html`)
    await expectCard(page, 'MODULE_NOT_JAVASCRIPT', /answered with text\/html, not JavaScript/)
    await mountUrl(page, `${plain.origin}/broken/throws-on-load.js`)
    await expectCard(page, 'MODULE_CRASHED', /threw while loading\. The browser hides the message/, [
      /Access-Control-Allow-Origin: \*/,
    ])
    await mountUrl(page, `${cors.origin}/broken/throws-on-load.js`)
    await expectCard(page, 'MODULE_CRASHED', /threw while loading: .*config\.json was not bundled/)
    await mountUrl(page, `${plain.origin}/broken/no-module-ui.js`)
    await expectCard(page, 'MODULE_CONTRACT_INVALID', /did not define the ModuleUI global/, [/name: 'ModuleUI'/])
    await mountUrl(page, `${plain.origin}/broken/not-a-component.js`)
    await expectCard(page, 'MODULE_CONTRACT_INVALID', /not a React component: it is an object with the keys title, version/)
  })

  test('a missing antd or icons global is named with the ui.globals entry to add', async ({ page, signInAs }) => {
    await openHarness(page, signInAs)
    await mountUrl(page, `${plain.origin}/template/bundle.js`)
    await expectCard(page, 'MODULE_CRASHED', /threw while loading/, [/add antd@5 to ui\.globals/, /add icons@6 to ui\.globals/])
    await mountUrl(page, `${cors.origin}/template/bundle.js`, { globals: 'icons@6' })
    await expectCard(page, 'MODULE_CRASHED', /Cannot read properties of undefined \(reading 'Typography'\)/, [
      /add antd@5 to ui\.globals/,
    ])
    await expect(page.getByRole('list', { name: 'How to fix it' })).not.toContainText('icons@6')
  })

  test('a golden-style bundle with its own React and a #root self-mount is told what to change', async ({ page, signInAs }) => {
    await openHarness(page, signInAs)
    await mountUrl(page, `${plain.origin}/golden/bundle.js`)
    // A real webpack build with React 19 inside: its own react-dom leaves its dispatcher set, so the host's render of it
    // fails as React's production "Invalid hook call", error #321.
    await expectCard(page, 'MODULE_CRASHED', /Minified React error #321/, [
      /ships its own React: mark react, react-dom and react\/jsx-runtime as externals/,
      /rendered itself into a #root of its own/,
    ])
  })

  test('Retry after the file appears mounts it', async ({ page, signInAs }) => {
    await openHarness(page, signInAs)
    await mountUrl(page, `${plain.origin}/late/bundle.js`)
    const card = page.locator('[data-module-error="MODULE_NOT_FOUND"]')
    await expect(card).toBeVisible()
    plain.put('/late/bundle.js', 'self.ModuleUI = function Late() { return "Late bundle mounted" }')
    await card.getByRole('button', { name: 'Retry' }).click()
    await expect(moduleFrame(page).getByText('Late bundle mounted')).toBeVisible()
  })
})

test.describe('Module UI frame lifecycle', () => {
  test('a frame that dies (its document is gone, its port closed) ends in MODULE_CRASHED with Retry', async ({
    page,
    signInAs,
  }) => {
    await page.clock.install()
    await openHarness(page, signInAs)
    await mountUrl(page, `${plain.origin}/template/bundle.js`, { globals: 'antd@5, icons@6' })
    await expect(moduleFrame(page).getByRole('heading', { name: 'Peptide Scorer' })).toBeVisible()
    // What a crashed frame looks like from the console: its document ends, nothing answers on the port any more.
    await page.locator('iframe[title$="(module UI)"]').evaluate((iframe) => iframe.remove())
    await page.clock.runFor('00:40')
    const card = page.locator('[data-module-error="MODULE_CRASHED"]')
    await expect(card).toContainText('stopped answering for 30 s: it crashed or closed its connection')
    await card.getByRole('button', { name: 'Retry' }).click()
    await expect(moduleFrame(page).getByRole('heading', { name: 'Peptide Scorer' })).toBeVisible()
  })
})
