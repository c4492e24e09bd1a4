import type { z } from '../../src/shared/contract/zod'
import type { CredentialInfo, CredentialInput, Provider, Registry, TestCode } from '../../src/shared/contract/registries'
import {
  canonicalHost,
  ECR_HOST_PATTERN,
  hostForProvider,
  isValidEcrHost,
  validateNamespacePattern,
} from '../../src/shared/contract/imageRef'
import { conflict, MockHttpError, validationFailed } from '../runtime/api'
import { nowIso, nowMs } from '../runtime/clock'

/**
 * What a registry needs beyond the contract shapes: the authoritative pattern rules come from the shared matcher
 * (`src/shared/contract/imageRef.ts`, registry-patterns.md §1) — nothing here re-implements one of them.
 */

/**
 * The secret is dropped on receipt (api-contract §8, §12). What the demo "upstream" would answer to it is decided at
 * that moment and kept instead, so a later test of the stored credential stays deterministic without the secret.
 */
export type SecretVerdict = 'accepted' | 'rejected'
/** Credential metadata as stored (timestamps always ISO strings) plus the verdict; never a secret. */
export type StoredCredential = z.input<typeof CredentialInfo> & {
  createdAt: string
  rotatedAt?: string
  expiresAt?: string
  lastUsedAt?: string
  secretVerdict: SecretVerdict
}
export type RegistryRecord = Omit<z.input<typeof Registry>, 'credential'> & { credential: StoredCredential | null }
export type RegistryBody = z.input<typeof Registry>

/** The response shape: the demo-internal verdict never leaves the store. */
export function toRegistryBody(record: RegistryRecord): RegistryBody {
  if (!record.credential) return { ...record, credential: null }
  const { secretVerdict: _verdict, ...credential } = record.credential
  return { ...record, credential }
}

/** Registry test connection, demo rule 4 (see `judgeSecret` below and mocks/README.md). */
export function judgeSecret(secret: string): SecretVerdict {
  return secret === 'bad' || secret.toLowerCase().includes('revoked') ? 'rejected' : 'accepted'
}

/** The canonical host of a new or edited entry for its provider, or 422 on `host` (registry-patterns.md §6). */
export function resolveHost(provider: Provider, host: string): string {
  const canonical = canonicalHost(host.trim())
  const fail = (message: string) => validationFailed('The registry host is not valid.', [{ field: 'host', message }])
  if (provider === 'ghcr' && canonical !== hostForProvider('ghcr')) throw fail('GHCR registries use the host ghcr.io.')
  if (provider === 'dockerhub' && canonical !== hostForProvider('dockerhub'))
    throw fail('Docker Hub registries use the host docker.io (index.docker.io and registry-1.docker.io are accepted).')
  if (provider === 'ecr' && !isValidEcrHost(canonical))
    throw fail('Enter an ECR host such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com (12-digit account ID and region).')
  return canonical
}

/** Validates each pattern against the host; canonical, de-duplicated, in the order entered (registry-patterns.md §3). */
export function canonicalNamespaces(patterns: string[], host: string): string[] {
  const fields: { field: string; message: string }[] = []
  const canonical: string[] = []
  patterns.forEach((pattern, i) => {
    const result = validateNamespacePattern(pattern, host)
    if (!result.ok) fields.push({ field: `namespaces[${i}]`, message: result.message })
    else if (!canonical.includes(result.canonical)) canonical.push(result.canonical)
  })
  if (fields.length > 0) throw validationFailed('Namespace pattern is invalid.', fields)
  return canonical
}

/** 409 when a pattern already belongs to another registry of the org: which credential would pull the image? */
export function ensureNoDuplicatePatterns(patterns: string[], others: RegistryRecord[]): void {
  for (const pattern of patterns) {
    const owner = others.find((registry) => registry.namespaces.includes(pattern))
    if (owner)
      throw conflict(`${pattern} is already registered by the ${owner.host} registry ${owner.id}.`, {
        reason: 'duplicate_pattern',
        pattern,
        registryId: owner.id,
        host: owner.host,
      })
  }
}

/** A typed credential → stored metadata. The secret is read once, judged, and not kept. */
export function credentialFrom(input: z.output<typeof CredentialInput>, provider: Provider): StoredCredential {
  if (input.expiresAt !== undefined && Number.isNaN(Date.parse(input.expiresAt)))
    throw validationFailed('The credential is not valid.', [
      { field: 'credential.expiresAt', message: 'Enter the expiry as an ISO date, e.g. 2026-06-30.' },
    ])
  return {
    hasSecret: true,
    credentialType: provider === 'ecr' ? 'aws-access-key' : 'token',
    username: input.username,
    createdAt: nowIso(),
    ...(input.expiresAt !== undefined ? { expiresAt: new Date(input.expiresAt).toISOString() } : {}),
    secretVerdict: judgeSecret(input.secret),
  }
}

/** 422 on `enabled`: a private registry is enabled only after a passing test (api-contract §8). */
export const enableNeedsTest = () =>
  new MockHttpError(422, 'VALIDATION_FAILED', 'Test the connection first.', {
    fields: [{ field: 'enabled', message: 'A registry with a credential can be enabled only after a passing connection test.' }],
  })

export type ConnectionTarget = {
  provider: string
  host: string
  namespaces: string[]
  credential: { username?: string; secretVerdict: SecretVerdict; expiresAt?: string } | null
}
export type ConnectionOutcome = { ok: boolean; code: TestCode & string; message: string }

const ECR_UNREACHABLE_ACCOUNT = '000000000000'
const ACCOUNT_HINT = /\d{12}/

/**
 * Registry test connection in the demo — deterministic, so a demo or a test can produce every outcome on purpose.
 * The first rule that applies wins:
 * 1. REGISTRY_UNREACHABLE — the host contains "unreachable", or it is the ECR account 000000000000.
 * 2. OK — no credential: an anonymous pull of a public registry.
 * 3. CREDENTIAL_EXPIRED — the credential's expiresAt is in the past (demo clock).
 * 4. CREDENTIAL_REJECTED — the secret was "bad" or contained "revoked" (judged on receipt, see judgeSecret).
 * 5. ECR_ACCOUNT_MISMATCH — ECR only: the access key id contains a 12-digit account hint (e.g. AKIA210987654321DEMO)
 *    that differs from the account in the host.
 * 6. NO_PULL_ACCESS — the username is "nopull".
 * 7. OK.
 * Messages explain the code in plain words and never contain the secret (registry-patterns.md §6).
 */
export function simulateConnectionTest(target: ConnectionTarget): ConnectionOutcome {
  const { host, credential } = target
  const account = ECR_HOST_PATTERN.exec(host)?.[1]
  const scope = target.namespaces[0]?.replace(/\/\*\*?$/, '') ?? host
  if (host.includes('unreachable') || account === ECR_UNREACHABLE_ACCOUNT)
    return fail(
      'REGISTRY_UNREACHABLE',
      `${host} did not answer within 10 seconds. Check the host and that the registry accepts connections from the platform.`,
    )
  if (!credential) return pass(`${host} answered and allows anonymous pulls under ${scope}.`)
  if (credential.expiresAt !== undefined && Date.parse(credential.expiresAt) <= nowMs())
    return fail(
      'CREDENTIAL_EXPIRED',
      `The credential expired on ${credential.expiresAt.slice(0, 10)}. Rotate it with a new token.`,
    )
  if (credential.secretVerdict === 'rejected')
    return fail('CREDENTIAL_REJECTED', `${host} refused the credential. Check the username and secret, or create a new token.`)
  const hint = target.provider === 'ecr' ? ACCOUNT_HINT.exec(credential.username ?? '')?.[0] : undefined
  if (hint !== undefined && hint !== account)
    return fail('ECR_ACCOUNT_MISMATCH', `The access key belongs to another AWS account than ${account}, the account in the host.`)
  if (credential.username?.toLowerCase() === 'nopull')
    return fail(
      'NO_PULL_ACCESS',
      `The credential signed in but may not pull under ${scope}. Give it read-only access to that namespace.`,
    )
  return pass(`Signed in to ${host} and received a pull token for ${scope}.`)
}

const pass = (message: string): ConnectionOutcome => ({ ok: true, code: 'OK', message })
const fail = (code: TestCode & string, message: string): ConnectionOutcome => ({ ok: false, code, message })
