import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { resetDemo } from '../../../mocks/testing'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { renderRoute } from '@/test/renderRoute'

// The email form is what a real-mode build shows (the demo shows its user picker instead); the demo backend still
// answers, as the platform or a devkit API would.
vi.mock('@/shared/lib/env', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/shared/lib/env')>()),
  isDemoMode: false,
}))

beforeEach(() => setHttpSleep(async () => undefined))

const EMAIL = 'mei.lin@acme-immuno.example'

/** Signs in with email and password as a person would; resolves to the failure shown. */
async function signInFails(): Promise<HTMLElement> {
  renderRoute('/')
  await userEvent.type(await screen.findByRole('textbox', { name: /Email/ }), EMAIL)
  await userEvent.type(screen.getByLabelText(/^Password/), 'secret')
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
  const failure = (await screen.findByText('Sign-in failed')).closest<HTMLElement>('[role="alert"]')
  if (!failure) throw new Error('the failure is not an alert')
  return failure
}

const login = `${API_BASE}/v1/auth/login`

describe('sign-in with email and password against a real API (issue 13)', () => {
  it('names the endpoint and the 404, points at the API address, and keeps the typed email', async () => {
    resetDemo('fail-404-login')
    const failure = await signInFails()
    expect(failure).toHaveTextContent('POST /v1/auth/login answered 404 Not Found: this API has no sign-in here.')
    expect(failure).toHaveTextContent(/API calls to http:\/\/\S+\/api /)
    expect(failure).toHaveTextContent('API_PROXY_TARGET')
    expect(failure).toHaveTextContent('README, “Configuration”')
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveValue(EMAIL)
  })

  it('on a local devkit API offers the devkit entry instead of a sign-in it lacks', async () => {
    resetDemo('devkit')
    const failure = await signInFails()
    expect(failure).toHaveTextContent('POST /v1/auth/login answered 404 Not Found: this API has no sign-in here.')
    expect(failure).toHaveTextContent('use Continue with the local devkit above')
    expect(screen.getByRole('button', { name: 'Continue with the local devkit' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveValue(EMAIL)
  })

  it.each([
    [
      '405',
      () => HttpResponse.json({ detail: 'Method Not Allowed' }, { status: 405 }),
      'POST /v1/auth/login answered 405 Method Not Allowed: this API does not offer sign-in with email and password.',
    ],
    ['no answer', () => HttpResponse.error(), 'POST /v1/auth/login got no answer: nothing could be reached.'],
    [
      "a proxy's 502 page",
      () => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
      'POST /v1/auth/login answered 502 Bad Gateway: the server failed to answer.',
    ],
    [
      'an HTML page on 200',
      () => new HttpResponse('<!doctype html><title>Console</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      'POST /v1/auth/login answered 200 OK, but with something that is not JSON.',
    ],
    [
      'a 200 without tokens',
      () => HttpResponse.json({ ok: true }),
      'POST /v1/auth/login answered 200 OK, but in an unexpected shape: access_token',
    ],
  ])('explains %s with the endpoint and what to check', async (_name, answer, explanation) => {
    server.use(mock.post(login, answer))
    const failure = await signInFails()
    expect(failure).toHaveTextContent(explanation)
    expect(failure).toHaveTextContent('API_PROXY_TARGET')
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveValue(EMAIL)
  })

  it('says a refused password is a refused password, not a wrong address', async () => {
    server.use(
      mock.post(login, () =>
        HttpResponse.json(
          { error: { code: 'UNAUTHENTICATED', message: 'Invalid email or password.', requestId: 'req-1' } },
          { status: 401 },
        ),
      ),
    )
    const failure = await signInFails()
    expect(failure).toHaveTextContent(
      'POST /v1/auth/login answered 401 Unauthorized: the email or password was not accepted. The server said: Invalid email or password.',
    )
    expect(failure).not.toHaveTextContent('API_PROXY_TARGET')
    expect(within(failure).getByText('req-1')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveValue(EMAIL)
  })
})
