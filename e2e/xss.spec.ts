import type { Locator, Page } from '@playwright/test'
import { XSS_CONTENT_FIELDS } from '../mocks/fixtures/xssArtifacts'
import { isUriField, renderedCases, URI_PAYLOADS, XSS_FLAG, XSS_PAYLOADS } from '../mocks/fixtures/xssPayloads'
import { expect, PERSONAS, test, type Persona } from './fixtures'

/**
 * Issue 7, item 4. In the `xss` demo scenario every free-text field the API returns carries the whole payload corpus
 * and every artifact URI and execution ARN starts with a dangerous scheme (mocks/runtime/xss.ts). On every page that
 * renders them, nothing may run and nothing may become a link; and the payloads must be on screen, as text.
 */

/** (field, payload) pairs rendered intact as text, and the pages checked, over the whole file. */
const renderedPairs = new Set<string>()
const checkedPages = new Set<string>()
let dialogs: string[] = []

test.beforeEach(({ page }) => {
  dialogs = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
})

// A payload that fired late (after its page was checked) still fails the test; so does a page that crashed on one.
test.afterEach(({ pageErrors }) => {
  expect(dialogs, 'dialogs').toEqual([])
  expect(pageErrors, 'uncaught page errors').toEqual([])
})

test.afterAll(() => {
  const fields = [...renderedPairs].map((pair) => pair.split('|')[0]!)
  const textFields = new Set(fields.filter((field) => !isUriField(field))).size
  const uriFields = new Set(fields.filter(isUriField)).size
  const possible = textFields * XSS_PAYLOADS.length + uriFields * URI_PAYLOADS.length
  console.log(
    `XSS suite: ${textFields} text fields × ${XSS_PAYLOADS.length} payloads + ${uriFields} URI fields × ` +
      `${URI_PAYLOADS.length} schemes → ${renderedPairs.size} of ${possible} cases rendered as text on ${checkedPages.size} pages`,
  )
})

/**
 * Signs in through the login page (as the `signInAs` fixture does) in the `xss` scenario, with the demo's simulated
 * latency off for the session: one page load instead of two.
 */
async function signIn(page: Page, persona: Persona, path: string) {
  await page.goto(`/login?${new URLSearchParams({ returnTo: path, scenario: 'xss', latency: '0' })}`)
  await page.getByRole('button', { name: `Sign in as ${PERSONAS[persona].name}` }).click()
  await expect(
    page.getByRole('button', { name: `Account menu for ${PERSONAS[persona].name}`, includeHidden: true }),
  ).toBeAttached()
}

type Findings = { handlers: string[]; scripts: string[]; links: string[]; text: string }

/** What the DOM holds that a payload could have produced, and the page's visible text plus its tooltips. */
function inspect(page: Page): Promise<Findings> {
  return page.evaluate((flag) => {
    const snippet = (element: Element) => element.outerHTML.slice(0, 200)
    const elements = [...document.querySelectorAll('*')]
    // A URL's scheme as the browser reads it: controls, spaces, tabs and newlines dropped, any case.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what hides a scheme
    const scheme = (url: string) => url.replace(/[\u0000-\u0020]/g, '').toLowerCase()
    const links: string[] = []
    for (const element of elements) {
      for (const name of ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'poster']) {
        const value = element.getAttribute(name)
        if (value === null) continue
        // An HTML artifact's preview (issue 18) is the one document made of data: a srcdoc in a frame sandboxed with
        // no permission at all (no scripts, no navigation), which the inner checks below cover.
        if (name === 'srcdoc' && element.localName === 'iframe' && element.getAttribute('sandbox') === '') continue
        const dangerous = /^(javascript|data|vbscript):/.test(scheme(value))
        // The console's rule: a link made from data is https: or nothing.
        const fromData = (value.includes('«xss') || value.includes(flag)) && !scheme(value).startsWith('https:')
        if (dangerous || fromData || name === 'srcdoc') links.push(`<${element.localName} ${name}="${value.slice(0, 100)}">`)
      }
    }
    const titles = [...document.querySelectorAll('[title]')].map((element) => element.getAttribute('title') ?? '')
    return {
      handlers: elements.filter((e) => e.getAttributeNames().some((n) => n.toLowerCase().startsWith('on'))).map(snippet),
      // The app ships only same-origin script files (index.html: the colour-mode script and the entry).
      scripts: [...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== location.origin).map(snippet),
      links,
      text: [document.body.innerText, ...titles].join('\n'),
    }
  }, XSS_FLAG)
}

/**
 * Waits until each of `fields` is on screen, then asserts that no payload ran (no dialog, the flag unset in every
 * frame), that the DOM holds no handler attribute, foreign script or dangerous link, and that each field shows every
 * payload as text; each of `uriFields` must show seeded URIs (as text or tooltip) with at least that many schemes.
 */
async function expectInert(page: Page, where: string, fields: string[], uriFields: Record<string, number> = {}) {
  for (const field of fields)
    await expect(page.getByText(`«xss:${field}»`).filter({ visible: true }).first(), `${where}: ${field}`).toBeVisible()
  const found = await inspect(page)
  const flags = await Promise.all(
    page.frames().map(
      (frame) => frame.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG).catch(() => undefined), // a frame gone since it was listed holds nothing any more
    ),
  )
  expect(dialogs, `${where}: dialogs`).toEqual([])
  expect(
    flags.filter((flag) => flag !== undefined),
    `${where}: ${XSS_FLAG} in any frame`,
  ).toEqual([])
  expect(found.handlers, `${where}: inline event handlers`).toEqual([])
  expect(found.scripts, `${where}: scripts`).toEqual([])
  expect(found.links, `${where}: dangerous or data-made links`).toEqual([])
  const pairs = renderedCases(found.text)
  for (const field of fields)
    expect(
      XSS_PAYLOADS.filter((p) => pairs.has(`${field}|${p.id}`)).map((p) => p.id),
      `${where}: ${field}`,
    ).toEqual(XSS_PAYLOADS.map((p) => p.id))
  for (const [field, schemes] of Object.entries(uriFields))
    expect(
      URI_PAYLOADS.filter((p) => pairs.has(`${field}|${p.id}`)).length,
      `${where}: schemes of ${field}`,
    ).toBeGreaterThanOrEqual(schemes)
  pairs.forEach((pair) => renderedPairs.add(pair))
  checkedPages.add(where)
}

async function openTab(scope: Locator | Page, name: string) {
  await scope.getByRole('tab', { name }).click()
  await expect(scope.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

test.describe('XSS payloads in data', () => {
  test('Control Tower renders every organization, registry, grant, member and audit string as inert text', async ({ page }) => {
    test.slow() // eight views, each inspected: near the default 30 s on a busy 2-core machine
    await signIn(page, 'superuser', '/control-tower/organizations')
    await expectInert(page, 'organizations', ['organization.name'])
    await page.getByRole('link', { name: /^Acme Immunology «xss/ }).click()
    const drawer = page.getByRole('dialog', { name: 'Acme Immunology' })
    await expectInert(page, 'organization overview', ['organization.name'])
    await openTab(drawer, 'Registries')
    await drawer.getByRole('button', { name: /^\d+ patterns? of ghcr\.io/ }).click()
    await expectInert(page, 'registries', ['registry.host', 'registry.namespaces', 'credential.username', 'testResult.message'])
    await drawer.getByLabel('Image reference').fill('ghcr.io/acme-immunology/netmhcpan:1.0')
    await drawer.getByRole('button', { name: 'Check', exact: true }).click()
    await expectInert(page, 'image-reference check', ['imageCheck.message'])
    await openTab(drawer, 'Modules')
    await expectInert(page, 'module grants', ['moduleGrant.displayName', 'user.name'])
    await openTab(drawer, 'Data access')
    // A 1280 px screen leaves out who decided and why: shown from the column menu to be checked.
    await drawer.getByRole('button', { name: /^Columns/ }).click()
    await page.getByRole('menuitemcheckbox', { name: 'Decision' }).click()
    await page.keyboard.press('Escape')
    await expectInert(page, 'data grants', [
      'dataGrant.provider',
      'dataGrant.catalog',
      'dataGrant.datasets',
      'dataGrant.justification',
      'dataGrant.decisionReason',
    ])
    await openTab(drawer, 'Members')
    await expectInert(page, 'members', ['member.name', 'member.email'])
    await openTab(drawer, 'Audit')
    // Each opened diff turns its button into "Hide changes": the first "Show changes" is always the next event.
    for (let event = 0; event < 6; event++) await drawer.getByRole('button', { name: 'Show changes' }).first().click()
    await expectInert(page, 'audit', ['user.name', 'auditTarget.label', 'auditChange.from', 'auditChange.to'])
  })

  test('organization settings and the account menu render names as inert text', async ({ page }) => {
    await signIn(page, 'admin', '/settings/organization')
    await expectInert(page, 'organization settings', ['organization.name'])
    await page.getByRole('button', { name: `Account menu for ${PERSONAS.admin.name}` }).click()
    await expectInert(page, 'account menu', ['me.name', 'me.email', 'organization.name'])
  })

  test('the catalog, a module’s tabs and its launch form render module texts as inert text', async ({ page }) => {
    await signIn(page, 'developer', '/modules')
    await expectInert(page, 'catalog cards', ['module.displayName', 'module.description', 'author.name'])
    await page.getByRole('button', { name: 'Table' }).click()
    await expectInert(page, 'catalog table', ['module.displayName'])
    await page.getByRole('link', { name: /^NetMHCpan/ }).click()
    await expectInert(page, 'module overview', ['module.description', 'module.tags', 'author.email', 'version.imageRef'])
    await openTab(page, 'Versions')
    await expectInert(page, 'module versions', ['version.imageRef', 'intakeStep.message'])
    await openTab(page, 'Runs')
    await expectInert(page, 'module runs tab', ['user.name'])
    await openTab(page, 'Manifest')
    await page.getByRole('button', { name: 'Expand all' }).click()
    await expectInert(page, 'manifest', ['manifest.title', 'manifest.description'])
    await page.getByRole('link', { name: 'Run module' }).click()
    await expectInert(page, 'launch form', ['manifest.title', 'manifest.description'])
  })

  test('home, module runs, their logs, results and artifacts render as inert text and no URI becomes a link', async ({
    page,
  }) => {
    await signIn(page, 'scientist', '/')
    await expectInert(page, 'home', ['moduleRun.moduleName'])
    await nav(page, 'Module runs')
    await expectInert(page, 'module runs', ['moduleRun.moduleName', 'user.name'])
    await page.goto('/runs/mr-000018')
    await expect(page.getByRole('log', { name: 'Log of mr-000018' })).toBeVisible()
    const run = ['moduleRun.moduleName', 'moduleRun.logGroup', 'log.message', 'artifact.name', 'result.results']
    await expectInert(page, 'module run', run, { 'artifact.uri': 2 }) // both of its artifacts
    await page.goto('/runs/mr-000045')
    await expectInert(page, 'failed module run', ['error.message', 'log.message'])
  })

  test('workflows, Run History, a run’s steps, logs and artifacts, and the comparison render as inert text', async ({ page }) => {
    await signIn(page, 'scientist', '/workflows')
    await expectInert(page, 'workflows', ['workflow.name', 'workflow.description'])
    await page.getByRole('link', { name: /^Immunopeptidomics discovery pipeline «xss/ }).click()
    // A 1280 px screen leaves out who triggered a run and its execution link: shown from the column menu to be checked.
    await page.getByRole('button', { name: /^Columns/ }).click()
    for (const column of ['Triggered by', 'Execution (Step Functions)'])
      await page.getByRole('menuitemcheckbox', { name: column }).click()
    await page.keyboard.press('Escape')
    await expectInert(page, 'Run History', ['workflow.name', 'user.name'], { 'workflowRun.executionArn': URI_PAYLOADS.length })
    await page.getByRole('button', { name: 'Steps grid' }).click()
    await expectInert(page, 'Run History grid', ['step.name'])
    // A run that succeeded: all of its steps have artifacts, more than there are schemes.
    await page.goto('/workflows/wf-immunopeptidomics-discovery/runs/run-000020?step=hla-typing')
    await expect(page.getByRole('log')).toBeVisible()
    const steps = ['step.name', 'step.moduleName', 'step.inputs', 'log.message']
    await expectInert(page, 'workflow run', steps, { 'artifact.uri': URI_PAYLOADS.length, 'workflowRun.executionArn': 1 })
    await page.getByRole('link', { name: 'Compare with previous successful run' }).click()
    // The artifact table is drawn after the first paint (its own chunk): the URIs are looked for once it is there.
    await expect(page.getByRole('table', { name: 'Artifacts compared with the baseline' })).toBeVisible()
    await expectInert(page, 'comparison', ['step.name', 'workflowRun.inputs'], { 'artifact.uri': URI_PAYLOADS.length })
  })

  test('the log comparison, a redrive and its run family render hostile log lines and names as inert text', async ({ page }) => {
    test.slow() // two log views, a redrive and the new run's page, each inspected
    const wf = '/workflows/wf-immunopeptidomics-discovery'
    // Issue 18: run-000398 failed in Report; run-000391 succeeded with the same samples. Every log line is seeded.
    await signIn(page, 'scientist', `${wf}/compare?runs=run-000391,run-000398&baseline=run-000391`)
    await page.getByRole('link', { name: /^Compare logs of Report .* in run-000398 with the baseline$/ }).click()
    await expect(page.locator('[data-first-new="true"]')).toContainText('[ERROR] Data grant')
    await expectInert(page, 'log comparison', ['log.message', 'step.name'])
    const raw = page.getByRole('switch', { name: 'Show run-specific values' })
    await raw.click()
    await expect(raw).toBeChecked()
    await expectInert(page, 'log comparison with run-specific values', ['log.message'])

    await page.goto(`${wf}/runs/run-000398`)
    await page.getByRole('button', { name: 'Redrive from the failed step' }).click()
    await page
      .getByRole('dialog', { name: 'Redrive run-000398 from the failed step?' })
      .getByRole('button', { name: 'Redrive' })
      .click()
    await expect(page.getByRole('region', { name: 'Run family' })).toContainText('Redrive of run-000398')
    await expectInert(page, 'redriven run', ['step.name', 'step.moduleName', 'user.name'], { 'workflowRun.executionArn': 1 })
  })
})

test.describe('XSS payloads in artifact contents', () => {
  // The HTML preview's policy refuses what the hostile page asks for (its @import and background images): Chromium
  // reports each refusal as a console error, which is the policy working.
  // Playwright's look into the sandboxed frame (the flag check) runs a script there, which the sandbox refuses.
  test.use({
    expectedConsoleErrors:
      /Refused to (load|apply|connect|frame)|Content Security Policy|Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/,
  })

  test('previews of hostile tables, JSON, Markdown, HTML and SVG show their text, and run or load nothing', async ({
    page,
    baseURL,
  }) => {
    test.slow() // five previews and a content diff, each inspected
    // What leaves the console: a request Chromium reports but its policy refused (ERR_BLOCKED_BY_CSP) never left.
    const remote: string[] = []
    const isRemote = (url: string) => !url.startsWith(baseURL!) && !/^(blob|data):/.test(url)
    page.on('requestfinished', (request) => void (isRemote(request.url()) && remote.push(`${request.url()} loaded`)))
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? ''
      if (isRemote(request.url()) && !/^(net::ERR_BLOCKED_BY_CSP|csp)$/.test(failure)) remote.push(`${request.url()} ${failure}`)
    })
    await signIn(page, 'scientist', '/workflows/wf-immunopeptidomics-discovery/runs/run-000020')
    const steps = page.getByRole('table', { name: 'Steps' })
    const open = async (file: string) => {
      await steps.getByRole('button', { name: new RegExp(`^Preview ${file.replace('.', '\\.')} «xss`) }).click()
      return page.getByRole('dialog', { name: new RegExp(`^${file.replace('.', '\\.')} «xss`) })
    }
    const close = (drawer: Locator) => drawer.getByRole('button', { name: 'Close preview' }).click()

    let drawer = await open('hla_types.tsv')
    await expect(drawer.getByRole('table', { name: /^Content of hla_types\.tsv/ })).toBeVisible()
    await expectInert(page, 'TSV preview', ['artifact.name', XSS_CONTENT_FIELDS.table])
    await close(drawer)

    drawer = await open('length_distribution.json')
    await expect(drawer.getByRole('list', { name: /^Content of length_distribution\.json/ })).toBeVisible()
    await expectInert(page, 'JSON preview', ['artifact.name', XSS_CONTENT_FIELDS.json])
    await close(drawer)

    drawer = await open('report.md')
    const article = drawer.getByRole('article', { name: /^Content of report\.md/ })
    await expect(article).toBeVisible()
    await expectInert(page, 'Markdown preview', [XSS_CONTENT_FIELDS.markdown])
    // Raw HTML is dropped, not shown; no link but https; the image is named, not loaded.
    await expect(article.locator('script, img, iframe, b')).toHaveCount(0)
    await expect(article.getByRole('link')).toHaveCount(0)
    await expect(article.getByText('[image not loaded: pixel]')).toBeVisible()
    await close(drawer)

    drawer = await open('qc_report.html')
    const frame = drawer.locator('iframe')
    await expect(frame).toHaveAttribute('sandbox', '')
    await expect(page.frameLocator('iframe[sandbox=""]').getByRole('heading', { name: 'Hostile report' })).toBeVisible()
    await expectInert(page, 'HTML preview', ['artifact.name'])
    await close(drawer)

    // The hostile SVG embeds HTML, which the browser will not let a canvas turn into a picture: it is refused, said so.
    drawer = await open('motif_logos.svg')
    await expect(drawer.getByText(/^The SVG could not be drawn: it embeds HTML/)).toBeVisible()
    await expect(drawer.locator('svg script, svg [onload], foreignObject, img[src^="blob:"]')).toHaveCount(0)
    await expectInert(page, 'SVG preview', ['artifact.name'])
    await close(drawer)

    // The comparison's content diff of an overwritten table shows every hostile line as text.
    await page.getByRole('link', { name: 'Compare with previous successful run' }).click()
    await page
      .getByRole('table', { name: 'Artifacts compared with the baseline' })
      .getByRole('button', { name: /: compare latest\/length_qc\.tsv «xss/ })
      .first()
      .click()
    drawer = page.getByRole('dialog', { name: /^latest\/length_qc\.tsv «xss/ })
    await drawer.getByRole('switch', { name: 'Show unchanged lines' }).click()
    await expect(drawer.getByRole('region', { name: /^Lines of latest\/length_qc\.tsv/ })).toBeVisible()
    await expectInert(page, 'content diff', ['artifact.name', XSS_CONTENT_FIELDS.table])
    expect(remote, 'requests that left for anywhere but the console').toEqual([])
  })
})
