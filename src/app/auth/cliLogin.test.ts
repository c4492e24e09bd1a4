import { checkCliLoginRequest, cliErrorUrl, cliSuccessUrl } from './cliLogin'

const request = (redirect: string, state = 'abcdefgh12345678') =>
  checkCliLoginRequest(new URLSearchParams({ redirect_uri: redirect, state }))

describe('CLI login handoff', () => {
  it.each(['http://127.0.0.1:8765/callback', 'http://localhost:49152/cb?x=1'])('accepts the loopback redirect %s', (uri) => {
    expect(request(uri).ok).toBe(true)
  })

  it.each([
    ['https://127.0.0.1:8765/cb', /http:/],
    ['http://evil.example:8765/cb', /not at this computer/],
    ['http://127.0.0.1.evil.example:8765/cb', /not at this computer/],
    ['http://127.0.0.1/cb', /explicit port/],
    ['http://127.0.0.1:80/cb', /explicit port/],
    ['http://user:pw@127.0.0.1:8765/cb', /user name or password/],
    ['http://127.0.0.1:8765/cb#frag', /fragment/],
    ['javascript:alert(1)', /http:/],
    ['not a url', /not a valid URL/],
  ])('refuses %s and says why', (uri, reason) => {
    const result = request(uri)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it('refuses a missing or malformed state', () => {
    expect(checkCliLoginRequest(new URLSearchParams({ redirect_uri: 'http://127.0.0.1:8765/cb' })).ok).toBe(false)
    expect(request('http://127.0.0.1:8765/cb', 'short').ok).toBe(false)
    expect(request('http://127.0.0.1:8765/cb', 'has spaces in it').ok).toBe(false)
  })

  it('redirects with the echoed state and a base64 JSON payload, keeping the URI’s query', () => {
    const checked = request('http://127.0.0.1:8765/cb?session=7')
    if (!checked.ok) throw new Error('expected ok')
    const url = new URL(cliSuccessUrl(checked.request, { access_token: 'a', refresh_token: 'r', expires_in: 3600 }))
    expect(url.searchParams.get('session')).toBe('7')
    expect(url.searchParams.get('state')).toBe('abcdefgh12345678')
    expect(JSON.parse(atob(url.searchParams.get('payload')!))).toEqual({
      access_token: 'a',
      refresh_token: 'r',
      expires_in: 3600,
    })
  })

  it('reports a cancel as access_denied', () => {
    const checked = request('http://localhost:8765/cb')
    if (!checked.ok) throw new Error('expected ok')
    expect(cliErrorUrl(checked.request, 'access_denied')).toBe(
      'http://localhost:8765/cb?state=abcdefgh12345678&error=access_denied',
    )
  })
})
