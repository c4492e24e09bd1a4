import { afterEach, describe, expect, it, vi } from 'vitest'

/** The store as a reloaded tab creates it: a fresh module over what this tab's sessionStorage holds. */
async function reloadedStore() {
  vi.resetModules()
  return import('./sessionStore')
}

const TOKENS = { access_token: 'a', refresh_token: 'r', expires_in: 900 }

afterEach(() => sessionStorage.clear())

describe('a devkit session across a reload', () => {
  it('resumes a session entered without an API key, with the runs it started', async () => {
    const before = await reloadedStore()
    before.sessionActions().devkitEntered({ apiKey: null })
    before.sessionActions().devkitRunStarted({ runId: 'devkit-run-1', moduleId: 'scorer' })
    before.sessionActions().devkitRunStarted({ runId: 'devkit-run-2', moduleId: 'scorer' })

    const reloaded = await reloadedStore()
    const after = reloaded.sessionSnapshot()
    expect(after.devkit?.runs.map((run) => run.runId)).toEqual(['devkit-run-2', 'devkit-run-1'])
    expect(after.identity).toEqual(reloaded.DEVKIT_IDENTITY)
    expect(after.refreshToken).toBeNull()
  })

  it('never stores the API key: such a session is offered again, and its runs come back once the key is typed', async () => {
    const before = await reloadedStore()
    before.sessionActions().devkitEntered({ apiKey: 'secret-key-123' })
    before.sessionActions().devkitRunStarted({ runId: 'devkit-run-1', moduleId: 'scorer' })
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-key-123')

    const after = await reloadedStore()
    expect(after.sessionSnapshot().devkit).toBeNull()
    after.sessionActions().devkitEntered({ apiKey: 'secret-key-123' })
    expect(after.sessionSnapshot().devkit).toMatchObject({ apiKey: 'secret-key-123', runs: [{ runId: 'devkit-run-1' }] })
  })

  it('ends with sign-out or a platform sign-in: a reload then finds no devkit session and no runs', async () => {
    const first = await reloadedStore()
    first.sessionActions().devkitEntered({ apiKey: null })
    first.sessionActions().devkitRunStarted({ runId: 'devkit-run-1', moduleId: 'scorer' })
    first.sessionActions().signedOut()
    expect((await reloadedStore()).sessionSnapshot().devkit).toBeNull()

    const second = await reloadedStore()
    second.sessionActions().devkitEntered({ apiKey: null })
    second.sessionActions().signedIn(TOKENS)
    const third = await reloadedStore()
    expect(third.sessionSnapshot().devkit).toBeNull()
    expect(third.sessionSnapshot().refreshToken).toBe('r')
    third.sessionActions().devkitEntered({ apiKey: null })
    expect(third.sessionSnapshot().devkit?.runs).toEqual([])
  })

  it('ignores a stored value it cannot read', async () => {
    sessionStorage.setItem('hla-compass-devkit-session', '{"runs":[{"runId":1},"x"],"withApiKey":false}')
    expect((await reloadedStore()).sessionSnapshot().devkit).toEqual({ apiKey: null, runs: [] })
    sessionStorage.setItem('hla-compass-devkit-session', 'not json')
    expect((await reloadedStore()).sessionSnapshot().devkit).toBeNull()
  })
})
