import { expect, navigationLabels, PERSONAS, test, type Persona } from './fixtures'

const EXPECTED_NAV: Record<Persona, string[]> = {
  superuser: ['Home', 'Control Tower', 'Modules', 'Module runs', 'Workflows', 'Organization settings', 'Module harness'],
  admin: ['Home', 'Modules', 'Module runs', 'Workflows', 'Organization settings'],
  developer: ['Home', 'Modules', 'Module runs', 'Workflows', 'Organization settings', 'Module harness'],
  scientist: ['Home', 'Modules', 'Module runs', 'Workflows'],
  'multi-org': ['Home', 'Modules', 'Module runs', 'Workflows'],
}

test.describe('Signing in and the shell', () => {
  for (const persona of Object.keys(EXPECTED_NAV) as Persona[]) {
    test(`${persona} (${PERSONAS[persona].name}) sees the areas their roles open @smoke`, async ({ page, signInAs }) => {
      await signInAs(persona)
      await expect(page.getByRole('heading', { name: `Welcome, ${PERSONAS[persona].name.split(' ')[0]}` })).toBeVisible()
      expect(await navigationLabels(page)).toEqual(EXPECTED_NAV[persona])
    })
  }

  test('a deep link survives signing in', async ({ page }) => {
    await page.goto('/workflows/wf-immunopeptidomics-discovery/runs?status=FAILED&sort=-durationMs')
    await expect(page).toHaveURL(/\/login\?returnTo=/)
    await page.getByRole('button', { name: `Sign in as ${PERSONAS.scientist.name}` }).click()
    await expect(page).toHaveURL('/workflows/wf-immunopeptidomics-discovery/runs?status=FAILED&sort=-durationMs')
    await expect(page.getByRole('heading', { name: 'Immunopeptidomics discovery pipeline' })).toBeVisible()
  })

  test('an unknown address shows the 404 page with a way home', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/no/such/page' })
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await expect(page.getByRole('heading', { name: 'Welcome, Jonas' })).toBeVisible()
  })

  test('a scientist following a Control Tower link is told which role is missing', async ({ page, signInAs }) => {
    await signInAs('scientist', { path: '/control-tower/organizations' })
    await expect(page.getByText('You do not have access to this')).toBeVisible()
    await expect(page.getByText(/needs the role platform admin/)).toBeVisible()
  })

  test('the chosen theme persists across a reload', async ({ page, signInAs }) => {
    await signInAs('developer')
    await page.getByRole('button', { name: 'Account menu for Mei Lin' }).click()
    await page.getByRole('button', { name: 'Dark' }).click()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Welcome, Mei' })).toBeVisible()
    await expect(page.locator('html')).toHaveClass(/dark/)
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)
    expect(background).toBe('rgb(15, 20, 25)')
  })

  test('secondary text is set apart from the main text, in both themes', async ({ page, signInAs }) => {
    await signInAs('developer')
    const note = page.getByText(/^used this month by /)
    const balance = page.getByText(/^Balance: /)
    const color = (text: typeof note) => text.evaluate((element) => getComputedStyle(element).color)
    await expect(note).toBeVisible()
    expect([await color(note), await color(balance)]).toEqual(['rgba(0, 0, 0, 0.6)', 'rgba(0, 0, 0, 0.87)'])
    await page.getByRole('button', { name: 'Account menu for Mei Lin' }).click()
    await page.getByRole('button', { name: 'Dark' }).click()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.keyboard.press('Escape')
    expect([await color(note), await color(balance)]).toEqual(['rgba(255, 255, 255, 0.7)', 'rgb(255, 255, 255)'])
  })

  test('a person in two organizations switches between them and sees the roles of each', async ({ page, signInAs }) => {
    await signInAs('multi-org')
    await expect(page.getByText('Working in Acme Immunology')).toBeVisible()
    await page.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Northwind Biosciences' })
    await expect(page.getByText('Working in Northwind Biosciences')).toBeVisible()
    expect(await navigationLabels(page)).toContain('Organization settings')
  })

  test("the demo backend answers the API, and the page's own files come from the network, not through it", async ({
    page,
    signInAs,
  }) => {
    await signInAs('scientist')
    // A full load of a page with lazily loaded code, now under the demo's service worker.
    const files: { url: string; fromWorker: boolean }[] = []
    page.on('response', (response) =>
      files.push({ url: new URL(response.url()).pathname, fromWorker: response.fromServiceWorker() }),
    )
    await page.goto('/workflows/wf-immunopeptidomics-discovery/runs')
    await expect(page.getByRole('table', { name: 'Workflow runs' }).getByRole('row').nth(1)).toBeVisible()
    const scripts = files.filter((file) => /^\/assets\/.+\.(js|css)$/.test(file.url))
    const answers = files.filter((file) => file.url.startsWith('/api/'))
    expect(scripts.length).toBeGreaterThan(0)
    expect(answers.length).toBeGreaterThan(0)
    // Before, every file went through the worker to the page's busy main thread, only to be passed through.
    expect(scripts.filter((file) => file.fromWorker)).toEqual([])
    expect(answers.filter((file) => !file.fromWorker)).toEqual([])
  })

  test('signing out returns to the sign-in page and forgets the session', async ({ page, signInAs }) => {
    await signInAs('admin')
    await page.getByRole('button', { name: 'Account menu for Tomás Herrera' }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { name: 'Sign in to HLA-Compass' })).toBeVisible()
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
  })
})
