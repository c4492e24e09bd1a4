import type { Registry } from '@/shared/contract/registries'

/** The credential states of registry-patterns.md §6, derived by the console (the server does not send them). */
export const CREDENTIAL_STATUSES = ['none', 'expired', 'failed', 'expiring', 'valid'] as const
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number]

/** How early an expiry date turns a credential `expiring` (registry-patterns.md §6: 14 days). */
export const EXPIRING_WINDOW_MS = 14 * 24 * 60 * 60 * 1000

/**
 * Credential status, first that applies (registry-patterns.md §6): none · expired · failed · expiring · valid.
 * `now` is a parameter so the table, the tests and a demo clock agree on what "now" is.
 */
export function credentialStatus(registry: Pick<Registry, 'credential' | 'lastTest'>, now: number): CredentialStatus {
  const { credential, lastTest } = registry
  if (!credential?.hasSecret) return 'none'
  const expiresMs = credential.expiresAt === undefined ? Number.NaN : Date.parse(credential.expiresAt)
  const hasExpiry = !Number.isNaN(expiresMs)
  // Same boundary as the backend's test connection: an expiry at this very instant has passed.
  if (hasExpiry && expiresMs <= now) return 'expired'
  if (!lastTest?.ok) return 'failed'
  if (hasExpiry && expiresMs - now <= EXPIRING_WINDOW_MS) return 'expiring'
  return 'valid'
}

/** What each status means, in the words the table's tooltip uses. */
export const CREDENTIAL_STATUS_TEXT: Record<CredentialStatus, string> = {
  none: 'No credential: images are pulled anonymously.',
  expired: 'The credential has expired. Rotate it.',
  failed: 'No passing connection test for this credential yet, or the last test failed.',
  expiring: 'The credential expires within 14 days. Rotate it soon.',
  valid: 'The last connection test passed and the credential is not about to expire.',
}
