import { z } from './zod'
import { cursorPage, openEnum, Timestamp, UserRef } from './primitives'

export const PROVIDERS = ['ghcr', 'dockerhub', 'ecr'] as const
export const Provider = z.enum(PROVIDERS)
export type Provider = z.infer<typeof Provider>

export const TEST_CODES = [
  'OK',
  'REGISTRY_UNREACHABLE',
  'CREDENTIAL_REJECTED',
  'NO_PULL_ACCESS',
  'ECR_ACCOUNT_MISMATCH',
  'CREDENTIAL_EXPIRED',
] as const
export const TestCode = openEnum(TEST_CODES)
export type TestCode = z.infer<typeof TestCode>

const required = z.string().check(z.minLength(1))
const patterns = z.array(z.string()).check(z.minLength(1))

/** Stored credential metadata; the secret itself is write-only and never appears here (api-contract §8). */
export const CredentialInfo = z.object({
  hasSecret: z.boolean(),
  credentialType: z.optional(openEnum(['token', 'aws-access-key'])),
  username: z.optional(z.string()),
  createdAt: Timestamp,
  rotatedAt: z.optional(Timestamp),
  expiresAt: z.optional(Timestamp),
  lastUsedAt: z.optional(Timestamp),
})
export type CredentialInfo = z.infer<typeof CredentialInfo>

export const Registry = z.object({
  id: z.string(),
  provider: openEnum(PROVIDERS),
  host: z.string(),
  namespaces: z.array(z.string()),
  enabled: z.boolean(),
  credential: z.nullable(CredentialInfo),
  lastTest: z.optional(z.object({ at: Timestamp, ok: z.boolean(), code: TestCode, message: z.string() })),
  createdAt: Timestamp,
  createdBy: UserRef,
  updatedAt: Timestamp,
})
export type Registry = z.infer<typeof Registry>
export const RegistryPage = cursorPage(Registry)

/** A credential as typed in a form: the only place a secret exists, and only on its way out. */
export const CredentialInput = z.object({
  username: required,
  secret: required,
  expiresAt: z.optional(z.string()),
})
export type CredentialInput = z.infer<typeof CredentialInput>

export const RegistryCreate = z.object({
  provider: Provider,
  host: required,
  namespaces: patterns,
  enabled: z.optional(z.boolean()),
  credential: z.optional(CredentialInput),
})
export type RegistryCreate = z.infer<typeof RegistryCreate>

export const RegistryPatch = z.object({
  host: z.optional(required),
  namespaces: z.optional(patterns),
  enabled: z.optional(z.boolean()),
  credential: z.optional(z.nullable(CredentialInput)),
})
export type RegistryPatch = z.infer<typeof RegistryPatch>

export const RegistryTestRequest = z.object({
  credential: z.optional(z.object({ username: z.optional(z.string()), secret: required })),
})

export const TestResult = z.object({ ok: z.boolean(), code: TestCode, message: z.string(), testedAt: Timestamp })
export type TestResult = z.infer<typeof TestResult>

export const CheckImageRequest = z.object({ imageRef: z.string() })
export const CheckImageResult = z.object({
  allowed: z.boolean(),
  normalizedRef: z.string(),
  matched: z.optional(z.object({ registryId: z.string(), pattern: z.string() })),
  code: z.optional(openEnum(['REGISTRY_UNAUTHORIZED', 'INVALID_IMAGE_REFERENCE'])),
  message: z.string(),
})
export type CheckImageResult = z.infer<typeof CheckImageResult>
