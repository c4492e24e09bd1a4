import { DEVKIT_DEMO_API_KEY } from '../../../mocks/runtime/devkitApi'
import { resetDemo } from '../../../mocks/testing'
import { ModulePage } from '@/shared/contract/modules'
import { ModuleRun } from '@/shared/contract/moduleRuns'
import { apiPaths } from '@/shared/contract/paths'
import { DEVKIT_IDENTITY, resetSessionStore, sessionActions, sessionSnapshot } from '@/shared/stores/sessionStore'
import { errorTitle } from '@/shared/ui/errorText'
import { http, newIdempotencyKey, setHttpSleep } from './http'
import { failureOf } from '@/test/httpTesting'

beforeEach(() => {
  resetDemo('devkit-key')
  setHttpSleep(async () => undefined)
  resetSessionStore()
})

const startRun = () =>
  http(apiPaths.moduleRuns(), ModuleRun, {
    method: 'POST',
    body: { moduleId: 'local-devkit-example', parameters: {}, mode: 'interactive' },
    idempotencyKey: newIdempotencyKey(),
  })

describe('a devkit session', () => {
  it('acts as the local developer without tokens, and reads need no key', async () => {
    sessionActions().devkitEntered({ apiKey: null })
    expect(sessionSnapshot()).toMatchObject({ identity: DEVKIT_IDENTITY, accessToken: null, devkit: { apiKey: null } })
    expect((await http(apiPaths.modules(), ModulePage)).items).toHaveLength(1)
  })

  it('sends its API key on writes, so a stub started with DEVKIT_API_KEY accepts them', async () => {
    sessionActions().devkitEntered({ apiKey: ` ${DEVKIT_DEMO_API_KEY} ` })
    await expect(startRun()).resolves.toMatchObject({ moduleId: 'local-devkit-example', status: 'completed' })
  })

  it('explains a refused key at once instead of asking the user to sign in again', async () => {
    sessionActions().devkitEntered({ apiKey: null })
    const missing = await failureOf(startRun())
    expect(missing).toMatchObject({ status: 401, code: 'API_KEY_REFUSED' })
    expect(missing.message).toBe(
      'The devkit API needs an API key for this (Invalid or missing API key). Enter the DEVKIT_API_KEY the stub was started with.',
    )
    expect(errorTitle(missing.code, missing.status)).toBe('The devkit API refused the write')
    expect(sessionSnapshot().reauthRequired).toBe(false)
    sessionActions().devkitEntered({ apiKey: 'wrong' })
    expect((await failureOf(startRun())).message).toMatch(/^The devkit API refused the API key/)
  })

  it('ends with sign-out, and a platform sign-in replaces it', () => {
    sessionActions().devkitEntered({ apiKey: DEVKIT_DEMO_API_KEY })
    sessionActions().signedOut()
    expect(sessionSnapshot()).toMatchObject({ identity: null, devkit: null })
    sessionActions().devkitEntered({ apiKey: DEVKIT_DEMO_API_KEY })
    sessionActions().signedIn({ access_token: 'a', refresh_token: 'r', expires_in: 3600 })
    expect(sessionSnapshot().devkit).toBeNull()
  })
})
