import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Every page that exists, as a superuser (who can open all of them). */
const PAGES = [
  '/',
  '/control-tower/organizations',
  '/settings/organization',
  '/modules',
  '/runs',
  '/runs/mr-000045',
  '/workflows',
  '/workflows/wf-immunopeptidomics-discovery/runs',
  '/workflows/wf-immunopeptidomics-discovery/runs/run-000387',
  '/workflows/wf-immunopeptidomics-discovery/compare?runs=run-000020,run-000034,run-000387&baseline=run-000020',
  '/dev/module-harness',
  '/no/such/page',
]

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('Accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`sign-in and CLI pages have no serious or critical axe findings (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/login')
      await expect(page.getByRole('button', { name: /Sign in as/ }).first()).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
      await page.goto('/cli-login?redirect_uri=https%3A%2F%2Fevil.example&state=abcdefgh')
      await expect(page.getByText('This sign-in request was refused.')).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
    })

    test(`every page of the shell has no serious or critical axe findings (${scheme})`, async ({ page, signInAs }) => {
      // A dozen pages, each rendered and analysed: more than the default 30 s on a 2-core CI machine.
      test.setTimeout(180_000)
      await page.emulateMedia({ colorScheme: scheme })
      await signInAs('superuser')
      for (const path of PAGES) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.getByRole('status')).toHaveCount(0)
        expect(await seriousViolations(page), path).toEqual([])
      }
    })
  }
})

test.describe('Accessibility of Control Tower', () => {
  const TABS = ['Overview', 'Registries', 'Modules', 'Data access', 'Members', 'Audit']
  for (const scheme of ['light', 'dark'] as const) {
    test(`every organization tab and the Add Registry dialog have no serious axe findings (${scheme})`, async ({
      page,
      signInAs,
    }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await signInAs('superuser', { path: '/control-tower/organizations/org-0002' })
      const drawer = page.getByRole('dialog', { name: 'Acme Immunology' })
      for (const tab of TABS) {
        await drawer.getByRole('tab', { name: tab }).click()
        await expect(drawer.getByRole('tabpanel')).toBeVisible()
        await expect(drawer.getByRole('status')).toHaveCount(0)
        expect(await seriousViolations(page), tab).toEqual([])
      }
      await drawer.getByRole('tab', { name: 'Registries' }).click()
      await drawer.getByRole('button', { name: 'Add registry' }).click()
      await expect(page.getByRole('dialog', { name: 'Add registry' })).toBeVisible()
      expect(await seriousViolations(page), 'Add registry').toEqual([])
    })
  }
})

test.describe('Accessibility of module runs', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the run drawer over the list and its cancel dialog have no serious axe findings (${scheme})`, async ({
      page,
      signInAs,
    }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await signInAs('scientist', { path: '/runs' })
      await page.getByRole('table', { name: 'Module runs' }).getByRole('link', { name: 'mr-000046' }).click()
      const drawer = page.getByRole('dialog', { name: 'mr-000046' })
      await expect(drawer.getByRole('log', { name: 'Log of mr-000046' })).toBeVisible()
      await expect(drawer.getByRole('status')).toHaveCount(0)
      expect(await seriousViolations(page), 'run drawer').toEqual([])
      await drawer.getByRole('button', { name: 'Cancel run' }).click()
      await expect(page.getByRole('dialog', { name: 'Cancel run mr-000046?' })).toBeVisible()
      expect(await seriousViolations(page), 'cancel dialog').toEqual([])
    })
  }
})

test.describe('Accessibility of the module catalog', () => {
  const MODULE = '/modules/spectral-library-search'
  for (const scheme of ['light', 'dark'] as const) {
    test(`catalog views, module tabs and the launch form have no serious axe findings (${scheme})`, async ({
      page,
      signInAs,
    }) => {
      test.slow() // six pages, each analysed by axe
      await page.emulateMedia({ colorScheme: scheme })
      await signInAs('developer', { path: '/modules?view=table' })
      await expect(page.getByRole('table', { name: 'Modules' })).toBeVisible()
      expect(await seriousViolations(page), 'catalog table').toEqual([])
      for (const tab of ['overview', 'versions', 'runs', 'manifest']) {
        await page.goto(`${MODULE}?tab=${tab}`)
        await expect(page.getByRole('tabpanel')).toBeVisible()
        await expect(page.getByRole('status')).toHaveCount(0)
        expect(await seriousViolations(page), tab).toEqual([])
      }
      await page.goto('/modules/netmhcpan-binding/run')
      await page.getByRole('button', { name: 'Start run' }).click()
      await expect(page.getByText('Required: choose at least one.')).toBeVisible()
      expect(await seriousViolations(page), 'launch form with errors').toEqual([])
    })
  }
})
