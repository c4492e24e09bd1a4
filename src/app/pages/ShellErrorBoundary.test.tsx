import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { resetDemo } from '../../../mocks/testing'
import { setHttpSleep } from '@/shared/api/http'
import { API_BASE } from '@/shared/contract/apiBase'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

const PASTED = { access_token: 'pasted-token', refresh_token: '', expires_in: 3600 }

describe('the shell when who is signed in cannot be loaded (issue 13)', () => {
  it('names GET /v1/auth/me and its answer, and signs out for real back to sign-in', async () => {
    resetDemo('fail-404-me')
    const { router } = renderRoute('/modules', { as: 'developer' })
    await screen.findByRole('heading', { name: 'Who you are could not be loaded' })
    const card = screen.getByRole('alert')
    expect(card).toHaveTextContent('GET /v1/auth/me failed')
    expect(card).toHaveTextContent('GET /v1/auth/me answered 404 Not Found: this API cannot say who the token belongs to.')
    expect(card).toHaveTextContent('NOT_FOUND · HTTP 404')
    expect(card).toHaveTextContent(/API calls to http:\/\/\S+\/api .*API_PROXY_TARGET/)
    // No way round in a circle: the shell's own failure shows at every address, so there is no "Go home" to it.
    expect(screen.queryByRole('link', { name: 'Go home' })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Sign out and return to sign-in' }))
    await screen.findByRole('heading', { name: 'Sign in to HLA-Compass' })
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent('/modules')}`)
    expect(sessionSnapshot()).toMatchObject({ accessToken: null, refreshToken: null, identity: null, devkit: null })
    expect(sessionStorage.getItem('hla-compass-refresh-token')).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Who you are could not be loaded' })).not.toBeInTheDocument()
  })

  it('opens the shell on Retry once the identity call answers', async () => {
    server.use(
      mock.get(`${API_BASE}/v1/auth/me`, () => HttpResponse.json({ detail: 'Not Found' }, { status: 404 }), { once: true }),
    )
    renderRoute('/', { as: 'developer' })
    await screen.findByRole('heading', { name: 'Who you are could not be loaded' })
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('button', { name: 'Account menu for Mei Lin' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Who you are could not be loaded' })).not.toBeInTheDocument()
  })

  it('tells a pasted token on a local devkit API to continue with the devkit instead', async () => {
    resetDemo('devkit')
    renderRoute('/modules', { tokens: PASTED })
    await screen.findByRole('heading', { name: 'Who you are could not be loaded' })
    const card = screen.getByRole('alert')
    expect(card).toHaveTextContent('GET /v1/auth/me answered 404 Not Found')
    expect(await screen.findByText(/This API is a local devkit API, which has no accounts/)).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Sign out and return to sign-in' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Continue with the local devkit' }))
    await screen.findByRole('list', { name: 'Modules' })
    expect(screen.getByRole('button', { name: 'Account menu for Local developer' })).toBeInTheDocument()
  })
})
