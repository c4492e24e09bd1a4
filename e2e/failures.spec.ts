import { expect, failedRequests, PERSONAS, test } from './fixtures'

test.describe('Failures are explained', () => {
  test.use({ expectedConsoleErrors: failedRequests() })

  test('a malformed answer shows the unexpected-shape error with its field, not a white page @smoke', async ({
    page,
    signInAs,
    pageErrors,
  }) => {
    await signInAs('scientist', { scenario: 'malformed' })
    const running = page.getByRole('region', { name: 'Running now' })
    await expect(running.getByText('The server answered in an unexpected shape', { exact: true })).toBeVisible()
    await expect(running.getByText(/^Field:/)).toBeVisible()
    await expect(running.getByText(/Request id/)).toBeVisible()
    expect(pageErrors).toEqual([])
  })

  test('an endpoint failing with 500 is explained with code, request id and a retry', async ({ page, signInAs }) => {
    await signInAs('scientist', { scenario: 'fail-500-organization' })
    const credits = page.getByRole('region', { name: 'Credits' })
    await expect(credits.getByText('The server failed to answer', { exact: true })).toBeVisible()
    await expect(credits.getByText('INTERNAL', { exact: true })).toBeVisible()
    await expect(credits.getByRole('button', { name: 'Retry' })).toBeVisible()
  })

  test('when the session is lost mid-way the user signs in again over the page and carries on', async ({ page }) => {
    await page.goto('/login?scenario=session-lost')
    await page.getByRole('button', { name: `Sign in as ${PERSONAS.scientist.name}` }).click()
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: `Sign in as ${PERSONAS.scientist.name}` }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Welcome, Jonas' })).toBeVisible()
  })

  test('when the identity call fails the user is told which call and signs out back to sign-in', async ({ page }) => {
    await page.goto('/login?scenario=fail-404-me')
    await page.getByRole('button', { name: `Sign in as ${PERSONAS.scientist.name}` }).click()
    await expect(page.getByRole('heading', { name: 'Who you are could not be loaded' })).toBeVisible()
    await expect(
      page.getByText('GET /v1/auth/me answered 404 Not Found: this API cannot say who the token belongs to.'),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Sign out and return to sign-in' }).click()
    await expect(page.getByRole('heading', { name: 'Sign in to HLA-Compass' })).toBeVisible()
    // Signed out for real: no refresh token is left to restore a session from, so the console asks to sign in.
    await page.goto('/modules')
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fmodules$/)
    await expect(page.getByRole('heading', { name: 'Sign in to HLA-Compass' })).toBeVisible()
  })
})

test.describe('CLI browser login', () => {
  test('a loopback redirect is confirmed and receives the state and tokens', async ({ page, signInAs }) => {
    await signInAs('developer')
    let received: URL | null = null
    await page.route('http://127.0.0.1:8765/**', async (route) => {
      received = new URL(route.request().url())
      await route.fulfill({ contentType: 'text/html', body: '<title>CLI</title><p>The CLI is signed in.</p>' })
    })
    await page.goto('/cli-login?redirect_uri=' + encodeURIComponent('http://127.0.0.1:8765/callback') + '&state=st4te-0123456789')
    await expect(page.getByText(/Sign in the HLA-Compass CLI on/)).toContainText('127.0.0.1:8765')
    await expect(page.getByText(/Sign in the HLA-Compass CLI on/)).toContainText(PERSONAS.developer.email)
    await page.getByRole('button', { name: 'Allow' }).click()
    await expect(page.getByText('The CLI is signed in.')).toBeVisible()
    expect(received).not.toBeNull()
    const url = received as unknown as URL
    expect(url.searchParams.get('state')).toBe('st4te-0123456789')
    const payload = JSON.parse(Buffer.from(url.searchParams.get('payload')!, 'base64').toString('utf8'))
    expect(payload).toMatchObject({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expires_in: expect.any(Number),
    })
  })

  test('a redirect to another host is refused without redirecting', async ({ page }) => {
    await page.goto('/cli-login?redirect_uri=' + encodeURIComponent('https://evil.example/steal') + '&state=st4te-0123456789')
    await expect(page.getByText('This sign-in request was refused.')).toBeVisible()
    await expect(page.getByText(/must use http: on this computer/)).toBeVisible()
    await expect(page).toHaveURL(/\/cli-login/)
  })
})
