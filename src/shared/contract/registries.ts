import { z } from 'zod'
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

/** Stored credential metadata; the secret itself is write-only and never appears here (api-contract §8). */
export const CredentialInfo = z.object({
  hasSecret: z.boolean(),
  credentialType: openEnum(['token', 'aws-access-key']).optional(),
  username: z.string().optional(),
  createdAt: Timestamp,
  rotatedAt: Timestamp.optional(),
  expiresAt: Timestamp.optional(),
  lastUsedAt: Timestamp.optional(),
})
export type CredentialInfo = z.infer<typeof CredentialInfo>

export const Registry = z.object({
  id: z.string(),
  provider: openEnum(PROVIDERS),
  host: z.string(),
  namespaces: z.array(z.string()),
  enabled: z.boolean(),
  credential: CredentialInfo.nullable(),
  lastTest: z.object({ at: Timestamp, ok: z.boolean(), code: TestCode, message: z.string() }).optional(),
  createdAt: Timestamp,
  createdBy: UserRef,
  updatedAt: Timestamp,
})
export type Registry = z.infer<typeof Registry>
export const RegistryPage = cursorPage(Registry)

/** A credential as typed in a form: the only place a secret exists, and only on its way out. */
export const CredentialInput = z.object({
  username: z.string().min(1),
  secret: z.string().min(1),
  expiresAt: z.string().optional(),
})
export type CredentialInput = z.infer<typeof CredentialInput>

export const RegistryCreate = z.object({
  provider: Provider,
  host: z.string().min(1),
  namespaces: z.array(z.string()).min(1),
  enabled: z.boolean().optional(),
  credential: CredentialInput.optional(),
})
export type RegistryCreate = z.infer<typeof RegistryCreate>

export const RegistryPatch = z.object({
  host: z.string().min(1).optional(),
  namespaces: z.array(z.string()).min(1).optional(),
  enabled: z.boolean().optional(),
  credential: CredentialInput.nullable().optional(),
})
export type RegistryPatch = z.infer<typeof RegistryPatch>

export const RegistryTestRequest = z.object({
  credential: z.object({ username: z.string().optional(), secret: z.string().min(1) }).optional(),
})

export const TestResult = z.object({ ok: z.boolean(), code: TestCode, message: z.string(), testedAt: Timestamp })
export type TestResult = z.infer<typeof TestResult>

export const CheckImageRequest = z.object({ imageRef: z.string() })
export const CheckImageResult = z.object({
  allowed: z.boolean(),
  normalizedRef: z.string(),
  matched: z.object({ registryId: z.string(), pattern: z.string() }).optional(),
  code: openEnum(['REGISTRY_UNAUTHORIZED', 'INVALID_IMAGE_REFERENCE']).optional(),
  message: z.string(),
})
export type CheckImageResult = z.infer<typeof CheckImageResult>
