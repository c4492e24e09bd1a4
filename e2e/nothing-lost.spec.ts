import type { Page } from '@playwright/test'
import { expect, failedRequests, PERSONAS, test, type Persona, type SignInAs } from './fixtures'

// Issue 7 (5): an expired session or a 5xx in the middle of a task keeps everything typed, and the task completes once.
// The faults are the demo backend's controls (mocks/README.md "Injected faults"), called from the page like the console.

// The refused calls (401), the injected 503s and a page the other person may not read (403) are the point here.
test.use({ expectedConsoleErrors: failedRequests(401, 403, 503) })

/** The session ends now: the access token and the refresh token are refused until the user signs in again. */
async function expireSession(page: Page) {
  expect(await page.evaluate(async () => (await fetch('/api/__demo/expire-session', { method: 'POST' })).status)).toBe(204)
}

/** The next `times` calls of `endpoint` (an apiPaths key) with `method` answer `status`. */
async function failNext(page: Page, fault: { endpoint: string; method: string; status: number; times: number }) {
  const status = await page.evaluate(
    async (body) =>
      (
        await fetch('/api/__demo/fail-next', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    fault,
  )
  expect(status).toBe(204)
}

/** A write retries a 5xx three times on its own (same idempotency key): one more failure reaches the user. */
const UNTIL_THE_USER_SEES_IT = 4

/** The sign-in dialog over the page: the user signs in again, as the same person unless the test picks another. */
async function signInAgain(page: Page, persona: Persona) {
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('This page and what you typed stay as they are.')
  return async () => {
    await dialog.getByRole('button', { name: `Sign in as ${PERSONAS[persona].name}` }).click()
    await expect(dialog).toBeHidden()
  }
}

const ACCOUNT = '210987654321'
const REGION = 'eu-west-1'
const HOST = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`
const PATTERNS = [`${HOST}/nothing-lost/*`, `${HOST}/nothing-lost-qc/**`]
const ACCESS_KEY = 'AKIANOTHINGLOSTDEMO1'
const SECRET = 'nothing-lost-secret-access-key-0123456789'

/** Opens Add registry on the organization settings page and fills every field: provider, host, patterns, credential. */
async function fillAddRegistry(page: Page) {
  await page.getByRole('button', { name: 'Add registry' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add registry' })
  await dialog.getByRole('radio', { name: 'Amazon ECR' }).check()
  await dialog.getByRole('textbox', { name: 'AWS account ID' }).fill(ACCOUNT)
  await dialog.getByRole('textbox', { name: 'AWS region' }).fill(REGION)
  for (const pattern of PATTERNS) {
    await dialog.getByRole('textbox', { name: 'Namespace pattern' }).fill(pattern)
    await dialog.getByRole('textbox', { name: 'Namespace pattern' }).press('Enter')
  }
  await dialog.getByRole('switch', { name: /Private registry/ }).check()
  await dialog.getByRole('textbox', { name: 'Access key ID' }).fill(ACCESS_KEY)
  await dialog.getByLabel('Secret access key').fill(SECRET)
  return dialog
}

/** Everything typed into Add registry is still there (also while the sign-in dialog covers it). */
async function expectRegistryTyped(page: Page) {
  const hidden = { includeHidden: true }
  const dialog = page.getByRole('dialog', { name: 'Add registry', ...hidden })
  await expect(dialog.getByRole('radio', { name: 'Amazon ECR', ...hidden })).toBeChecked()
  await expect(dialog.getByRole('textbox', { name: 'AWS account ID', ...hidden })).toHaveValue(ACCOUNT)
  await expect(dialog.getByRole('textbox', { name: 'AWS region', ...hidden })).toHaveValue(REGION)
  await expect(dialog.getByRole('list', { name: 'Namespace patterns', ...hidden }).getByRole('listitem', hidden)).toHaveText(
    PATTERNS,
  )
  await expect(dialog.getByRole('switch', { name: /Private registry/, ...hidden })).toBeChecked()
  await expect(dialog.getByRole('textbox', { name: 'Access key ID', ...hidden })).toHaveValue(ACCESS_KEY)
  await expect(dialog.getByLabel('Secret access key')).toHaveValue(SECRET)
}

/** Organization settings → Registries, as the admin of Acme Immunology. */
async function openRegistriesAsAdmin(page: Page, signInAs: SignInAs) {
  await signInAs('admin', { path: '/settings/organization?tab=registries' })
  await expect(page.getByRole('table', { name: 'Registries' })).toBeVisible()
}

/** Fills Add registry, ends the session and presses Save: the sign-in dialog now covers the page. */
async function saveAsTheSessionEnds(page: Page) {
  const dialog = await fillAddRegistry(page)
  await expireSession(page)
  await dialog.getByRole('button', { name: 'Save registry' }).click()
  return dialog
}

/**
 * Fills Add registry, ends the session, presses Save: the sign-in dialog covers the page with everything typed still
 * there; signing in again finishes the save by itself and closes Add registry.
 */
async function saveThroughSessionEnd(page: Page, persona: Persona) {
  const dialog = await saveAsTheSessionEnds(page)
  const signIn = await signInAgain(page, persona)
  await expectRegistryTyped(page)
  await signIn()
  await expect(dialog).toBeHidden()
}

const escaped = HOST.replaceAll('.', '\\.')

/** The registries table lists the new registry exactly once, with both patterns and the access key. */
async function expectOneNewRegistry(page: Page) {
  const table = page.getByRole('table', { name: 'Registries' })
  await expect(table.getByRole('button', { name: new RegExp(`^Actions for ${escaped} \\(reg-\\d+\\)$`) })).toHaveCount(1)
  await table.getByRole('button', { name: new RegExp(`^2 patterns of ${escaped} \\(reg-\\d+\\): show$`) }).click()
  await expect(table.getByRole('list', { name: `Patterns of ${HOST}` }).getByRole('listitem')).toHaveText(PATTERNS)
  await expect(table.getByText(`Credential ${ACCESS_KEY}`)).toBeVisible()
  expect(await page.content()).not.toContain(SECRET)
}

test.describe('Nothing typed is lost when adding a registry', () => {
  test('the session ends while saving: the user signs in over the dialog and the save completes once', async ({
    page,
    signInAs,
  }) => {
    await openRegistriesAsAdmin(page, signInAs)
    await saveThroughSessionEnd(page, 'admin')
    await expect(page.getByText(new RegExp(`Added ${escaped}`))).toBeVisible()
    await expectOneNewRegistry(page)
  })

  test('the server fails the save: the error is explained, everything stays, and Retry saves once', async ({
    page,
    signInAs,
  }) => {
    await openRegistriesAsAdmin(page, signInAs)
    const dialog = await fillAddRegistry(page)
    await failNext(page, { endpoint: 'registries', method: 'POST', status: 503, times: UNTIL_THE_USER_SEES_IT })
    await dialog.getByRole('button', { name: 'Save registry' }).click()

    await expect(dialog.getByText('The server failed to answer', { exact: true })).toBeVisible()
    await expect(dialog.getByText('INTERNAL', { exact: true })).toBeVisible()
    await expectRegistryTyped(page)
    await dialog.getByRole('button', { name: 'Retry' }).click()

    await expect(dialog).toBeHidden()
    await expectOneNewRegistry(page)
  })

  test('the server refuses the save whatever the token: after one sign-in it is explained, nothing is lost, Retry saves', async ({
    page,
    signInAs,
  }) => {
    await openRegistriesAsAdmin(page, signInAs)
    const dialog = await fillAddRegistry(page)
    // Refused before the refresh, after it, and once more after the user signs in again (a grant taken away, say).
    await failNext(page, { endpoint: 'registries', method: 'POST', status: 401, times: 3 })
    await dialog.getByRole('button', { name: 'Save registry' }).click()
    const signIn = await signInAgain(page, 'admin')
    await signIn()

    // No second sign-in dialog: the refusal is explained where the save was made, with what was typed.
    await expect(dialog.getByText('Refused even after signing in again', { exact: true })).toBeVisible()
    await expect(dialog.getByText('REFUSED_AFTER_SIGN_IN', { exact: true })).toBeVisible()
    await expect(dialog).toContainText('Request id')
    await expect(page.getByRole('dialog', { name: 'Your session has ended' })).toHaveCount(0)
    await expectRegistryTyped(page)
    await dialog.getByRole('button', { name: 'Retry' }).click()

    await expect(dialog).toBeHidden()
    await expectOneNewRegistry(page)
  })

  test('somebody else signs in over the dialog: the save is never sent as them, and what was typed stays', async ({
    page,
    signInAs,
  }) => {
    await openRegistriesAsAdmin(page, signInAs)
    const dialog = await saveAsTheSessionEnds(page)
    const signInAsSomebodyElse = await signInAgain(page, 'multi-org')
    await signInAsSomebodyElse()

    await expect(
      page.getByText(/^One change started as Tomás Herrera was not sent, because you signed in as Amara Okafor/),
    ).toBeVisible()
    await expect(dialog.getByText('Not sent: somebody else is signed in now')).toBeVisible()
    await expect(dialog.getByText('SESSION_CHANGED', { exact: true })).toBeVisible()
    await expectRegistryTyped(page)
    // Back as the admin: Acme Immunology has no new registry.
    await page.getByRole('button', { name: 'Cancel' }).click()
    await openRegistriesAsAdmin(page, signInAs)
    await expect(page.getByRole('table', { name: 'Registries' }).getByText(HOST)).toHaveCount(0)
  })

  test('a user working in their second organization signs in again and the save lands in that organization', async ({
    page,
    signInAs,
  }) => {
    // A new sign-in starts in the default organization (Acme Immunology for Amara); the task is Northwind's.
    await signInAs('multi-org', { path: '/' })
    await page.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Northwind Biosciences' })
    await expect(page.getByText('Working in Northwind Biosciences')).toBeVisible()
    await page.goto('/settings/organization?tab=registries')
    await expect(page.getByText('Northwind Biosciences · northwind-bio')).toBeVisible()
    await saveThroughSessionEnd(page, 'multi-org')
    await expectOneNewRegistry(page)
    await expect(page.getByText('Northwind Biosciences · northwind-bio')).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Organization' })).toHaveValue('org-0003')
  })
})

const PEPTIDES = ['SLYNTVATL', 'GILGFVFTL', 'NLVPMVATV']
const LAUNCH_FORM = 'Parameters of NetMHCpan Binding'

/** Fills the NetMHCpan launch form with values other than its defaults. */
async function fillLaunch(page: Page) {
  const form = page.getByRole('form', { name: LAUNCH_FORM })
  await form.getByRole('textbox', { name: 'Peptides' }).fill(PEPTIDES.join('\n'))
  await form
    .getByRole('group', { name: /alleles/i })
    .getByRole('checkbox')
    .nth(1)
    .check()
  await form.getByRole('textbox', { name: '%Rank threshold' }).fill('0.5')
  await form.getByRole('combobox', { name: 'Mode', exact: true }).selectOption('BA')
  await form.getByRole('checkbox', { name: 'Report affinity (nM)' }).uncheck()
  await form.getByRole('combobox', { name: 'Run mode' }).selectOption('interactive')
  return form
}

/** Every value typed into the launch form is still there (also while the sign-in dialog covers the page). */
async function expectLaunchTyped(page: Page) {
  const hidden = { includeHidden: true }
  const form = page.getByRole('form', { name: LAUNCH_FORM, ...hidden })
  await expect(form.getByRole('textbox', { name: 'Peptides', ...hidden })).toHaveValue(PEPTIDES.join('\n'))
  await expect(
    form
      .getByRole('group', { name: /alleles/i, ...hidden })
      .getByRole('checkbox', hidden)
      .nth(1),
  ).toBeChecked()
  await expect(form.getByRole('textbox', { name: '%Rank threshold', ...hidden })).toHaveValue('0.5')
  // The enum's options are keyed by position; the option the user sees chosen is what counts.
  await expect(form.getByRole('combobox', { name: 'Mode', exact: true, ...hidden }).locator('option:checked')).toHaveText('BA')
  await expect(form.getByRole('checkbox', { name: 'Report affinity (nM)', ...hidden })).not.toBeChecked()
  await expect(form.getByRole('combobox', { name: 'Run mode', ...hidden })).toHaveValue('interactive')
}

/** The run opened is the only new one, and it carries what was typed. */
async function expectOneNewRun(page: Page) {
  await expect(page).toHaveURL(/\/runs\/mr-\d+$/)
  const runId = page.url().split('/').pop()!
  const parameters = page.getByRole('region', { name: `Parameters of ${runId}` })
  for (const peptide of PEPTIDES) await expect(parameters).toContainText(peptide)
  await expect(parameters).toContainText('"prediction_mode": "BA"')
  // The seeded runs end at mr-000047 (mocks/stores/runShowcase.ts): every run above it was started by this test.
  await page.goto('/runs?module=netmhcpan-binding')
  const runs = page.getByRole('table', { name: 'Module runs' })
  await expect(runs.getByRole('row').nth(1)).toContainText(runId)
  await expect(runs.getByRole('link', { name: /^mr-0000(4[89]|[5-9]\d)$/ })).toHaveText([runId])
}

test.describe('Nothing typed is lost when launching a module', () => {
  test('the session ends while starting a run: the user signs in over the form and the run opens', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/modules/netmhcpan-binding/run' })
    const form = await fillLaunch(page)
    await expireSession(page)
    await form.getByRole('button', { name: 'Start run' }).click()

    const signIn = await signInAgain(page, 'scientist')
    await expectLaunchTyped(page)
    await signIn()
    await expectOneNewRun(page)
  })

  test('somebody else signs in over the form: the run is not started as them until they submit it themselves', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: '/modules/netmhcpan-binding/run' })
    const form = await fillLaunch(page)
    await expireSession(page)
    await form.getByRole('button', { name: 'Start run' }).click()
    const signInAsSomebodyElse = await signInAgain(page, 'multi-org')
    await signInAsSomebodyElse()

    await expect(
      page.getByText(/^One change started as Jonas Weber was not sent, because you signed in as Amara Okafor/),
    ).toBeVisible()
    await expect(form.getByText('SESSION_CHANGED', { exact: true })).toBeVisible()
    await expectLaunchTyped(page)
    await expect(page).toHaveURL(/\/modules\/netmhcpan-binding\/run$/)
    // Amara sends it herself: one run, as her.
    await form.getByRole('button', { name: 'Retry' }).click()
    await expectOneNewRun(page)
  })

  test('the server fails the launch: the error is explained, the values stay, and Retry starts one run', async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist', { path: '/modules/netmhcpan-binding/run' })
    const form = await fillLaunch(page)
    await failNext(page, { endpoint: 'moduleRuns', method: 'POST', status: 503, times: UNTIL_THE_USER_SEES_IT })
    await form.getByRole('button', { name: 'Start run' }).click()

    await expect(form.getByText('The run did not start')).toBeVisible()
    await expect(form.getByText('INTERNAL', { exact: true })).toBeVisible()
    await expectLaunchTyped(page)
    await form.getByRole('button', { name: 'Retry' }).click()
    await expectOneNewRun(page)
  })
})
