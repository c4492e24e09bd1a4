import type { Frame, Page } from '@playwright/test'
import { expect, siteIsolatedChromium, test } from './fixtures'

// Test what users get: site isolation on (see siteIsolatedChromium).
test.use({
  launchOptions: siteIsolatedChromium,
  // What the browser logs while the hostile bundles are stopped, and the 404 when the template bundle reads its own
  // run through hostFetch (the harness's made-up run does not exist). One pattern: Playwright reads a two-element
  // array option as [value, options].
  expectedConsoleErrors: [
    new RegExp(
      [
        'Failed to load resource: the server responded with a status of 404 \\(Not Found\\) \\(http://[^)]+/api/v1/module-runs/dev-',
        'violates the following Content Security Policy directive',
        'Refused to connect because it violates the document',
        'in a sandboxed frame whose',
        'The frame attempting navigation of the top-level window is sandboxed',
        'Boom: the module failed while rendering',
      ].join('|'),
    ),
  ],
})

/** Mounts a demo bundle in the developer harness through the production path (SRI, sandbox, bridge). */
async function mountDemo(page: Page, signInAs: (p: 'developer', o: { path: string }) => Promise<void>, query: string) {
  await signInAs('developer', { path: '/' })
  // Open the account menu once, so that later its chunk is cached and its timing measures responsiveness only.
  await page.getByRole('button', { name: 'Account menu for Mei Lin' }).click()
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.goto(`/dev/module-harness?${query}`)
  await expect(page.getByRole('heading', { name: 'Module UI harness' })).toBeVisible()
}

const host = (page: Page) => page.locator('[data-module-host]')
const moduleFrame = (page: Page) => page.frameLocator('iframe[title$="(module UI)"]')

/** The module's sandboxed frame itself (not the spare one beside it), to look inside it the way a test can. */
async function frameOf(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[title$="(module UI)"]').elementHandle())?.contentFrame()
  if (!frame) throw new Error('no module frame')
  return frame
}

/**
 * The failed module's frame is gone. One frame may stay: the spare, started once a module mounted (navigates-top
 * mounts before it navigates), out of sight and never given a module, until 10 s after the last module (decision 022).
 */
async function expectNoModuleFrameLeft(page: Page) {
  await expect(page.locator('iframe[title$="(module UI)"]')).toHaveCount(0)
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('iframe')].filter((f) => !f.closest('[data-module-spare][aria-hidden="true"]')).length,
      ),
    )
    .toBe(0)
}

/**
 * A console button still answers within a second while the module misbehaves: from the moment the test asks (same
 * system clock) until the opened menu is in the page. Measured in the page rather than through Playwright's
 * actionability checks. On a shared 2-core machine one ask may lose a scheduler slice to other work, so the best of three
 * asks counts; a console blocked by the module (same thread) fails all three.
 */
async function consoleAnswers(page: Page) {
  const timings: number[] = []
  for (let attempt = 0; attempt < 3 && !timings.some((ms) => ms < 1000); attempt++) {
    timings.push(
      await page.evaluate(async (askedAt) => {
        document.querySelector<HTMLElement>('[aria-label="Account menu for Mei Lin"]')!.click()
        while (!document.querySelector('[role="menuitem"]')) await new Promise((resolve) => setTimeout(resolve, 5))
        return Date.now() - askedAt
      }, Date.now()),
    )
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toHaveCount(0)
  }
  expect(Math.min(...timings), `console answered after ${timings.join(', ')} ms`).toBeLessThan(1000)
}

test.describe('Module UI host', () => {
  for (const tier of ['community', 'internal'] as const) {
    test(`the report module mounts (${tier === 'internal' ? 'same realm' : 'iframe'}), runs onExecute and shows the result`, async ({
      page,
      signInAs,
    }) => {
      await page.clock.install()
      await mountDemo(page, signInAs, `bundle=report&tier=${tier}&execute=live`)
      await expect(host(page)).toHaveAttribute('data-module-phase', 'mounted')
      await expect(host(page)).toHaveAttribute('data-module-host', tier === 'internal' ? 'internal' : 'iframe')
      const ui = tier === 'internal' ? page.locator('[data-module-root]') : moduleFrame(page).locator('body')
      await expect(ui.getByRole('img', { name: 'Peptide length distribution' })).toBeVisible()
      await ui.getByRole('button', { name: 'Run analysis' }).click()
      await expect(ui.getByTestId('report-run-phase')).toHaveText('Running…')
      await expect(page.getByRole('list', { name: 'Harness log' })).toContainText('run created')
      // The demo run queues and works for under a minute of demo time.
      await page.clock.fastForward('01:10')
      await expect(ui.getByTestId('report-result')).toContainText('Result: success')
      await expect(page.getByRole('list', { name: 'Harness log' })).toContainText('onExecute')
      await expect(page.getByRole('list', { name: 'Harness log' })).toContainText('report.result')
      if (tier === 'internal') expect(await page.evaluate(() => 'ModuleUI' in window)).toBe(false)
    })
  }

  test('the template-style bundle mounts with its antd pack; its listed lazy chunk loads, an unlisted one is refused', async ({
    page,
    signInAs,
  }) => {
    await mountDemo(page, signInAs, 'bundle=template&tier=community')
    const ui = moduleFrame(page)
    await expect(ui.getByTestId('template-antd')).toHaveText(/antd 5\.\d+\.\d+/)
    await expect(ui.getByRole('cell', { name: 'SLLQHLIGL' })).toBeVisible()
    await ui.getByRole('button', { name: 'Chart view' }).click()
    await expect(ui.getByTestId('template-chart-view')).toBeVisible()
    await ui.getByRole('button', { name: 'Load unlisted view' }).click()
    await expect(ui.getByTestId('template-extra')).toHaveText(/Unlisted chunk refused/)
    const frame = await frameOf(page)
    expect(await frame.evaluate(() => (self as { __unlistedChunkRan?: boolean }).__unlistedChunkRan)).toBeUndefined()
    // The template's apiGet goes through the scoped host fetch (the harness's dev run does not exist: 404).
    await expect(ui.getByTestId('template-api')).toHaveText(/apiGet run: HTTP 404/)
  })

  const FAILING = [
    ['throws-on-render', 'MODULE_CRASHED'],
    ['no-module-ui', 'MODULE_CONTRACT_INVALID'],
    ['wrong-hash', 'MODULE_SRI_MISMATCH'],
    ['missing-hash', 'MODULE_SRI_MISMATCH'],
    ['navigates-top', 'MODULE_CRASHED'],
  ] as const
  for (const [bundle, code] of FAILING) {
    test(`a hostile bundle (${bundle}) ends in an explained ${code} card and the console stays responsive`, async ({
      page,
      signInAs,
    }) => {
      await mountDemo(page, signInAs, `bundle=${bundle}&tier=community`)
      const card = page.locator(`[data-module-error="${code}"]`)
      await expect(card).toBeVisible()
      await expect(card.getByRole('button', { name: 'Retry' })).toBeVisible()
      await expectNoModuleFrameLeft(page)
      expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__') && k.endsWith('Ran')))).toEqual([])
      await expect(page).toHaveURL(/\/dev\/module-harness/)
      await consoleAnswers(page)
    })
  }

  test('a bundle that spins the CPU while rendering is stopped by the mount limit while the console keeps answering', async ({
    page,
    signInAs,
  }) => {
    await mountDemo(page, signInAs, 'bundle=spins-cpu&tier=community')
    // The frame resolved the component and now spins in its first render: the 3 s mount limit runs on its own (§7).
    await expect(page.getByRole('list', { name: 'Harness log' })).toContainText('loaded')
    await consoleAnswers(page)
    const card = page.locator('[data-module-error="MODULE_LOAD_TIMEOUT"]')
    await expect(card).toContainText('The mount stage did not finish within 3 s.')
    await expectNoModuleFrameLeft(page)
  })

  test('hostile bundles that mount stay contained: no #root hijack, no global CSS, no parent, storage, token or network', async ({
    page,
    signInAs,
  }) => {
    await mountDemo(page, signInAs, 'bundle=renders-into-root&tier=community')
    await expect(moduleFrame(page).getByTestId('root-probe')).toHaveText('No #root on this page')
    await expect(page.getByText('HIJACKED BY MODULE')).toHaveCount(0)

    await page.getByLabel('Demo bundle').selectOption('global-css')
    await expect(moduleFrame(page).getByTestId('css-probe')).toBeVisible()
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgb(255, 0, 0)')
    await expect(page.getByRole('button', { name: 'Apply and reload' })).toBeVisible()

    const refreshToken = await page.evaluate(() => sessionStorage.getItem('hla-compass-refresh-token'))
    expect(refreshToken).toBeTruthy()
    await page.getByLabel('Demo bundle').selectOption('reads-parent')
    const probe = moduleFrame(page).getByTestId('parent-probe')
    await expect(probe).toContainText('parent.document: blocked')
    await expect(probe).toContainText('parent.sessionStorage: blocked')
    await expect(probe).toContainText('document.cookie: (empty)')
    expect(await probe.innerText()).not.toContain(refreshToken!)
    const bridgeLog = await page.getByRole('list', { name: 'Harness log' }).innerText()
    expect(bridgeLog).not.toContain(refreshToken!)

    await page.getByLabel('Demo bundle').selectOption('fetches-outside')
    const fetches = moduleFrame(page).getByTestId('fetch-probe')
    await expect(fetches).toContainText('outside fetch: blocked')
    await expect(fetches).toContainText('hostFetch /v1/organizations: HTTP 403')
    await expect(fetches).toContainText('fetch /api/v1/me: HTTP 403')
    await expect(fetches).toContainText('hostFetch foreign run: HTTP 403')
    await expect(fetches).toContainText('hostFetch absolute URL: HTTP 403')
    await consoleAnswers(page)
  })

  test('an internal bundle that renders into #root on load finds no #root in the console', async ({ page, signInAs }) => {
    await mountDemo(page, signInAs, 'bundle=renders-into-root&tier=internal')
    await expect(page.locator('[data-module-root]').getByTestId('root-probe')).toHaveText('No #root on this page')
    await expect(page.getByText('HIJACKED BY MODULE')).toHaveCount(0)
    expect(await page.evaluate(() => 'ModuleUI' in window)).toBe(false)
  })

  test('a bundle that floods messages is rate-limited and the console keeps answering', async ({ page, signInAs }) => {
    await mountDemo(page, signInAs, 'bundle=floods-messages&tier=community')
    await expect(moduleFrame(page).getByTestId('flood-probe')).toHaveText('Messages sent: 5000')
    await consoleAnswers(page)
    await expect(page.getByRole('list', { name: 'Harness log' })).toContainText('more than 100 messages per second')
    await expect(host(page)).toHaveAttribute('data-module-phase', 'mounted')
  })

  test('the console’s theme reaches the module: CSS variables, body class and theme-change', async ({ page, signInAs }) => {
    await mountDemo(page, signInAs, 'bundle=report&tier=community')
    const ui = moduleFrame(page)
    await expect(ui.getByTestId('report-theme')).toContainText('Theme: initial')
    const frame = await frameOf(page)
    expect(await frame.evaluate(() => document.body.className)).toBe('light-theme')
    const lightPrimary = await frame.evaluate(() => document.documentElement.style.getPropertyValue('--ant-color-primary'))
    await page.getByRole('button', { name: 'Account menu for Mei Lin' }).click()
    await page.getByRole('button', { name: 'Dark' }).click()
    await page.keyboard.press('Escape')
    await expect(ui.getByTestId('report-theme')).toContainText('Theme: dark')
    expect(await frame.evaluate(() => document.body.className)).toBe('dark-theme')
    const darkPrimary = await frame.evaluate(() => document.documentElement.style.getPropertyValue('--ant-color-primary'))
    expect(darkPrimary).not.toBe(lightPrimary)
    expect(darkPrimary).toMatch(/^(#|rgb)/)
  })

  test('the harness’s theme mode field sets the module’s theme whatever the console shows', async ({ page, signInAs }) => {
    await mountDemo(page, signInAs, 'bundle=report&tier=community')
    await expect(moduleFrame(page).getByTestId('report-theme')).toBeVisible()
    await page.getByLabel('Theme mode').selectOption('high-contrast')
    await expect(page).toHaveURL(/theme=high-contrast/)
    await expect(moduleFrame(page).locator('body')).toHaveClass('high-contrast-theme')
    await expect(page.locator('body')).not.toHaveClass(/high-contrast/)
  })

  test('the harness refuses non-localhost URLs and marks a localhost override DEV OVERRIDE', async ({ page, signInAs }) => {
    await mountDemo(page, signInAs, '')
    const url = page.getByLabel('Bundle URL (localhost only)')
    for (const refused of [
      'https://localhost:5174/bundle.js',
      'http://localhost.example.com/bundle.js',
      'http://user@localhost/bundle.js',
    ]) {
      await url.fill(refused)
      await page.getByRole('button', { name: 'Mount URL' }).click()
      await expect(page.getByText(/Only http:\/\/localhost/)).toBeVisible()
      await expect(page.locator('[data-module-host]')).toHaveCount(0)
    }
    const local = `http://127.0.0.1:${new URL(page.url()).port}/module-bundles/demo/report/bundle.js`
    await url.fill(local)
    await page.getByRole('button', { name: 'Mount URL' }).click()
    await expect(page.getByText(`DEV OVERRIDE ${local}`)).toBeVisible()
    await expect(moduleFrame(page).getByRole('button', { name: 'Run analysis' })).toBeVisible()
    await expect(page.locator('iframe[title$="(module UI)"]')).toHaveAttribute('sandbox', 'allow-scripts allow-forms')
  })

  test('no bridge message of a whole session carries the access or refresh token', async ({ page, signInAs }) => {
    // Every realm (console and frame) records what crosses a MessagePort or arrives as a window message.
    await page.addInitScript(() => {
      const seen: string[] = ((self as unknown as { __bridge: string[] }).__bridge = [])
      const record = (data: unknown) => seen.push(JSON.stringify(data) ?? '')
      const post = MessagePort.prototype.postMessage
      MessagePort.prototype.postMessage = function (this: MessagePort, ...args: Parameters<MessagePort['postMessage']>) {
        record(args[0])
        return post.apply(this, args)
      } as MessagePort['postMessage']
      const handler = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!
      Object.defineProperty(MessagePort.prototype, 'onmessage', {
        ...handler,
        set(this: MessagePort, fn: ((event: MessageEvent) => void) | null) {
          handler.set!.call(this, fn && ((event: MessageEvent) => (record(event.data), fn.call(this, event))))
        },
      })
      addEventListener('message', (event) => record(event.data), true)
    })
    let accessToken = ''
    page.on('request', (request) => {
      const authorization = request.headers()['authorization']
      if (authorization?.startsWith('Bearer ')) accessToken = authorization.slice('Bearer '.length)
    })
    await page.clock.install()
    await mountDemo(page, signInAs, 'bundle=report&tier=community&execute=live')
    const ui = moduleFrame(page)
    await ui.getByRole('button', { name: 'Run analysis' }).click()
    await expect(page.getByRole('list', { name: 'Harness log' })).toContainText('run created')
    await page.clock.fastForward('01:10')
    await expect(ui.getByTestId('report-result')).toContainText('Result: success')
    await page.getByRole('button', { name: 'Account menu for Mei Lin' }).click()
    await page.getByRole('button', { name: 'Dark' }).click()
    await page.keyboard.press('Escape')
    await expect(ui.getByTestId('report-theme')).toContainText('Theme: dark')
    const inFrame = await (await frameOf(page)).evaluate(() => (self as unknown as { __bridge: string[] }).__bridge)
    // Leaving the page unmounts the module: `unmount` crosses too (the frame leaves with the page, so no ack).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
    await expect(page.locator('iframe[title$="(module UI)"]')).toHaveCount(0)
    // The spare frame started for a next mount goes too, 10 s after the last module has ended (its unmount waits up to
    // 3 s for the frame's ack; decision 022).
    await page.clock.runFor(13_000)
    await expect(page.locator('iframe')).toHaveCount(0)
    const inConsole = await page.evaluate(() => (self as unknown as { __bridge: string[] }).__bridge)
    const refreshToken = await page.evaluate(() => sessionStorage.getItem('hla-compass-refresh-token'))
    expect(accessToken.length).toBeGreaterThan(10)
    expect(refreshToken).toBeTruthy()
    const messages = [...inFrame, ...inConsole]
    for (const type of ['init', 'ready', 'mounted', 'call', 'reply', 'event', 'theme', 'unmount'])
      expect(
        messages.some((m) => m.includes(`"type":"${type}"`)),
        type,
      ).toBe(true)
    for (const message of messages) {
      expect(message).not.toContain(accessToken)
      expect(message).not.toContain(refreshToken!)
    }
  })

  test('a remount takes the frame started beside the module: the init goes at once, the module works, none is left', async ({
    page,
    signInAs,
  }) => {
    await page.clock.install()
    await mountDemo(page, signInAs, 'bundle=report&tier=community&execute=live')
    await expect(host(page)).toHaveAttribute('data-module-phase', 'mounted')
    // Once the module is on screen a spare frame starts, out of sight and out of the accessibility tree.
    await page.clock.runFor(1000)
    const spare = page.locator('[data-module-spare][aria-hidden="true"] iframe')
    await expect(spare).toHaveAttribute('sandbox', 'allow-scripts allow-forms')
    await expect(spare).toHaveAttribute('tabindex', '-1')
    await expect(spare).not.toBeInViewport()
    const log = page.getByRole('list', { name: 'Harness log' })
    await expect(log.getByText('before the mount (spare frame)')).toHaveCount(0)

    await page.getByRole('button', { name: 'Apply and reload' }).click()
    await expect(log.getByText(/before the mount \(spare frame\)/)).toHaveCount(1)
    await expect(host(page)).toHaveAttribute('data-module-phase', 'mounted')
    // One module frame, in the host: the spare it was is no longer aside (the old one leaves once it acks its unmount).
    await expect(page.locator('iframe[title$="(module UI)"]')).toHaveCount(1)
    await expect(host(page).locator('iframe')).toHaveCount(1)
    await expect(host(page).locator('iframe[title$="(module UI)"]')).not.toHaveAttribute('tabindex')
    const ui = moduleFrame(page)
    await ui.getByRole('button', { name: 'Run analysis' }).click()
    await expect(log).toContainText('run created')
    await page.clock.fastForward('01:10')
    await expect(ui.getByTestId('report-result')).toContainText('Result: success')

    // Nothing mounted: once the module has ended (unmount ack, at most 3 s) and 10 s more, no frame at all is left.
    await page.getByLabel('Demo bundle').selectOption('')
    await expect(page.locator('iframe[title$="(module UI)"]')).toHaveCount(0)
    await page.clock.runFor(13_000)
    await expect(page.locator('iframe')).toHaveCount(0)
  })
})
