import type { Registry } from '@/shared/contract/registries'
import { credentialStatus, EXPIRING_WINDOW_MS } from './credentialStatus'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const DAY = 24 * 60 * 60 * 1000
const at = (ms: number) => new Date(ms).toISOString()

type Input = Pick<Registry, 'credential' | 'lastTest'>
const passed = { at: at(NOW - DAY), ok: true, code: 'OK', message: 'Signed in.' }
const refused = { at: at(NOW - DAY), ok: false, code: 'CREDENTIAL_REJECTED', message: 'Refused.' }
const secret = (extra: Partial<NonNullable<Registry['credential']>> = {}) => ({
  hasSecret: true,
  createdAt: at(NOW - 90 * DAY),
  ...extra,
})
const withCredential = (credential: Input['credential'], lastTest?: Input['lastTest']): Input => ({
  credential,
  ...(lastTest ? { lastTest } : {}),
})

describe('credentialStatus', () => {
  it('is none without a credential, or when the credential holds no secret', () => {
    expect(credentialStatus(withCredential(null, passed), NOW)).toBe('none')
    expect(credentialStatus(withCredential({ hasSecret: false, createdAt: at(NOW) }, passed), NOW)).toBe('none')
  })

  it('is expired once expiresAt has passed, even with a passing or a failed test', () => {
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW - DAY) }), passed), NOW)).toBe('expired')
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW - DAY) }), refused), NOW)).toBe('expired')
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW) }), passed), NOW)).toBe('expired')
  })

  it('is failed without any test, or when the last test failed', () => {
    expect(credentialStatus(withCredential(secret()), NOW)).toBe('failed')
    expect(credentialStatus(withCredential(secret(), refused), NOW)).toBe('failed')
    // failed comes before expiring: an untested credential that is about to expire is reported as failed.
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW + 3 * DAY) }), refused), NOW)).toBe('failed')
  })

  it('is expiring when expiresAt is within 14 days and the last test passed', () => {
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW + 6 * DAY) }), passed), NOW)).toBe('expiring')
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW + EXPIRING_WINDOW_MS) }), passed), NOW)).toBe('expiring')
  })

  it('is valid with a passing test and no expiry, or an expiry beyond 14 days', () => {
    expect(credentialStatus(withCredential(secret(), passed), NOW)).toBe('valid')
    expect(credentialStatus(withCredential(secret({ expiresAt: at(NOW + EXPIRING_WINDOW_MS + 1) }), passed), NOW)).toBe('valid')
  })

  it('uses the now it is given, not the wall clock', () => {
    const registry = withCredential(secret({ expiresAt: at(NOW + 20 * DAY) }), passed)
    expect(credentialStatus(registry, NOW)).toBe('valid')
    expect(credentialStatus(registry, NOW + 10 * DAY)).toBe('expiring')
    expect(credentialStatus(registry, NOW + 21 * DAY)).toBe('expired')
  })
})
