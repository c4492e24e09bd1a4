import type { Page } from '@playwright/test'
import { expect, navigationLabels, tabTo, test } from './fixtures'

const SECRET = 'ghp_E2eOnlySecretToken0123456789abcdef'

/** Opens Northwind Biosciences' registries from the organization list, as a platform admin would. */
async function openNorthwindRegistries(page: Page) {
  await page.getByRole('searchbox', { name: 'Search organizations' }).fill('northwind')
  await page.getByRole('link', { name: 'Northwind Biosciences' }).click()
  const drawer = page.getByRole('dialog', { name: 'Northwind Biosciences' })
  await drawer.getByRole('tab', { name: 'Registries' }).click()
  await expect(drawer.getByRole('table', { name: 'Registries' })).toBeVisible()
  return drawer
}

/** The only registry of this org that holds ghcr.io/my-org/* (the one the test adds). */
const addedActions = (page: Page) => page.getByRole('button', { name: /^Actions for ghcr\.io \(reg-\d+\)$/ }).last()

test.describe('Registry onboarding', () => {
  test('a platform admin onboards a private GHCR registry, checks images against it, rotates and deletes it @smoke', async ({
    page,
    signInAs,
  }) => {
    await signInAs('superuser', { path: '/control-tower/organizations' })
    const drawer = await openNorthwindRegistries(page)
    await drawer.getByRole('button', { name: 'Add registry' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add registry' })
    await dialog.getByRole('textbox', { name: 'Namespace pattern' }).fill('ghcr.io/*')
    await expect(dialog.getByText(/Too broad: on ghcr\.io the first segment is an account/)).toBeVisible()
    await dialog.getByRole('textbox', { name: 'Namespace pattern' }).fill('ghcr.io/my-org/*')
    await dialog.getByRole('textbox', { name: 'Namespace pattern' }).press('Enter')
    await expect(dialog.getByText(/ghcr\.io\/my-org\/module:1\.0 would match/)).toBeVisible()
    await dialog.getByRole('switch', { name: /Private registry/ }).check()
    await dialog.getByRole('textbox', { name: 'GitHub username' }).fill('my-org-ci')
    await dialog.getByLabel('Personal access token (classic)').fill(SECRET)
    await dialog.getByRole('button', { name: 'Test connection' }).click()
    await expect(dialog.getByText(/The registry answered and the credential may pull/)).toBeVisible()
    await dialog.getByRole('button', { name: 'Save registry' }).click()
    await expect(dialog).toBeHidden()
    await expect(drawer.getByText(/Added ghcr\.io \(reg-\d+\)/)).toBeVisible()

    // A saved private registry is enabled after a passing test of the stored credential.
    await addedActions(page).click()
    await page.getByRole('menuitem', { name: 'Test connection' }).click()
    const enabled = drawer.getByRole('switch', { name: /^Enabled: ghcr\.io \(reg-\d+\)$/ }).last()
    await expect(enabled).toBeEnabled()
    await enabled.click()
    await expect(drawer.getByText(/is now enabled/)).toBeVisible()

    const checker = drawer.getByRole('form', { name: 'Image-reference checker' })
    await checker.getByRole('textbox', { name: 'Image reference' }).fill('ghcr.io/my-org/x:1.0')
    await checker.getByRole('button', { name: 'Check' }).click()
    await expect(checker.getByRole('status')).toContainText('Allowed')
    await expect(checker.getByRole('status')).toContainText('ghcr.io/my-org/*')
    await checker.getByRole('textbox', { name: 'Image reference' }).fill('ghcr.io/my-org-evil/x:1.0')
    await checker.getByRole('button', { name: 'Check' }).click()
    await expect(checker.getByRole('status')).toContainText('Refused: REGISTRY_UNAUTHORIZED')

    await addedActions(page).click()
    await page.getByRole('menuitem', { name: 'Rotate credential' }).click()
    const rotate = page.getByRole('dialog', { name: 'Rotate the credential of ghcr.io' })
    await rotate.getByLabel('New secret').fill(`${SECRET}-rotated`)
    await rotate.getByRole('button', { name: 'Test new secret' }).click()
    await rotate.getByRole('button', { name: 'Save new secret' }).click()
    await expect(drawer.getByText(/Saved the new credential of ghcr\.io/)).toBeVisible()

    // Write-only: the secrets typed are nowhere the page keeps anything.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(stored).not.toContain(SECRET)
    expect(await page.content()).not.toContain(SECRET)

    await addedActions(page).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    const confirm = page.getByRole('dialog', { name: /Delete/ })
    await confirm.getByRole('textbox', { name: 'Type ghcr.io to confirm' }).fill('ghcr.io')
    await confirm.getByRole('button', { name: 'Delete registry' }).click()
    await expect(confirm).toBeHidden()
    await expect(page.getByRole('button', { name: /^Actions for ghcr\.io/ })).toHaveCount(1)

    await drawer.getByRole('tab', { name: 'Audit' }).click()
    await expect(drawer.getByRole('table', { name: 'Audit events' })).toContainText('Registry deleted')
    expect(await page.content()).not.toContain(SECRET)
  })

  test('the Add Registry flow works with the keyboard alone', async ({ page, signInAs }) => {
    await signInAs('admin', { path: '/settings/organization?tab=registries' })
    await expect(page.getByRole('table', { name: 'Registries' })).toBeVisible()
    await tabTo(page, page.getByRole('button', { name: 'Add registry' }))
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Add registry' })
    await expect(dialog).toBeVisible()
    // Provider radios: arrow from GHCR to Docker Hub, then on to the pattern input.
    await tabTo(page, dialog.getByRole('radio', { name: 'GHCR' }))
    await page.keyboard.press('ArrowRight')
    await expect(dialog.getByRole('radio', { name: 'Docker Hub' })).toBeChecked()
    await tabTo(page, dialog.getByRole('textbox', { name: 'Namespace pattern' }))
    await page.keyboard.type('docker.io/acme-keyboard/*')
    await page.keyboard.press('Enter')
    await expect(dialog.getByText('docker.io/acme-keyboard/*', { exact: true })).toBeVisible()
    await tabTo(page, dialog.getByRole('button', { name: 'Save registry' }))
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: /^Actions for docker\.io/ })).toHaveCount(3)
  })
})

test.describe('Control Tower access', () => {
  test('an org admin sees only their own organization', async ({ page, signInAs }) => {
    await signInAs('admin', { path: '/settings/organization' })
    await expect(page.getByRole('heading', { name: 'Organization settings' })).toBeVisible()
    await expect(page.getByText('Acme Immunology · acme-immunology')).toBeVisible()
    expect(await navigationLabels(page)).not.toContain('Control Tower')
    await page.goto('/control-tower/organizations/org-0003')
    await expect(page.getByText('You do not have access to this')).toBeVisible()
  })

  test('a scientist is refused the registries and told which role is missing', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/settings/organization' })
    await expect(page.getByText(/needs the role organization admin/)).toBeVisible()
  })
})
