import type { UseFormRegisterReturn } from 'react-hook-form'
import { z } from '@/shared/contract/zod'
import { isApiError } from '@/shared/api/ApiError'
import {
  ECR_HOST_PATTERN,
  hostForProvider,
  isValidEcrHost,
  MESSAGES,
  validateNamespacePattern,
  type ProviderId,
} from '@/shared/contract/imageRef'
import { credentialLabels } from './registryText'

// Every pattern and host rule comes from the shared matcher (registry-patterns.md §1); these helpers only decide
// which form field a rule's message belongs on.

type Ctx = z.core.$RefinementCtx

/** The ECR host typed as account ID + region, or null while either part is missing or invalid (registry-patterns.md §6). */
export function ecrHostOf(accountId: string, region: string): string | null {
  const host = hostForProvider('ecr', { accountId: accountId.trim(), region: region.trim() })
  return isValidEcrHost(host) ? host : null
}

/** The host of an entry being typed: fixed for GHCR and Docker Hub, built from account ID + region for ECR. */
export function hostOf(values: { provider: ProviderId; accountId: string; region: string }): string | null {
  return values.provider === 'ecr' ? ecrHostOf(values.accountId, values.region) : hostForProvider(values.provider)
}

/** Account ID and region of a standard ECR host, for editing; null for FIPS, China or anything else (left as is). */
export function ecrPartsOf(host: string): { accountId: string; region: string } | null {
  const match = ECR_HOST_PATTERN.exec(host)
  if (!match || match[2] || match[4]) return null
  return { accountId: match[1]!, region: match[3]! }
}

// Each part is checked by building a host around it with a known-good other part, so the ECR rule stays in imageRef.ts.
const SAMPLE_ACCOUNT = '123456789012'
const SAMPLE_REGION = 'us-east-1'

/** Puts ECR host problems on the account ID or the region field. */
export function refineEcrHost(values: { accountId: string; region: string }, ctx: Ctx): void {
  if (!ecrHostOf(values.accountId, SAMPLE_REGION))
    ctx.addIssue({ code: 'custom', path: ['accountId'], message: 'Enter the 12-digit AWS account ID.' })
  if (!ecrHostOf(SAMPLE_ACCOUNT, values.region))
    ctx.addIssue({ code: 'custom', path: ['region'], message: 'Enter an AWS region such as eu-central-1 (lowercase).' })
}

/** Validates each chip for the host with the §7 messages (a host change can invalidate chips added earlier). */
export function refinePatterns(namespaces: string[], host: string | null, ctx: Ctx, example = 'ghcr.io'): void {
  if (namespaces.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['namespaces'], message: MESSAGES.M1(host ?? example) })
    return
  }
  if (host === null) return
  const seen = new Set<string>()
  namespaces.forEach((pattern, i) => {
    const result = validateNamespacePattern(pattern, host)
    if (!result.ok) ctx.addIssue({ code: 'custom', path: ['namespaces', i], message: result.message })
    else if (seen.has(result.canonical))
      ctx.addIssue({ code: 'custom', path: ['namespaces', i], message: MESSAGES.M14(result.canonical) })
    else seen.add(result.canonical)
  })
}

/** Username and secret are both required once a credential is being given. */
export function refineCredential(values: { username: string; secret: string; expiresAt: string }, provider: string, ctx: Ctx) {
  const labels = credentialLabels(provider)
  if (values.username.trim() === '')
    ctx.addIssue({ code: 'custom', path: ['username'], message: `Enter the ${labels.username.toLowerCase()}.` })
  if (values.secret === '')
    ctx.addIssue({ code: 'custom', path: ['secret'], message: `Enter the ${labels.secret.toLowerCase()}.` })
  if (values.expiresAt !== '' && Number.isNaN(Date.parse(values.expiresAt)))
    ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'Enter the expiry as a date.' })
}

/** The credential as the API takes it; called only while a request is being sent. */
export function credentialBody(values: { username: string; secret: string; expiresAt: string }) {
  return {
    username: values.username.trim(),
    secret: values.secret,
    ...(values.expiresAt !== '' ? { expiresAt: values.expiresAt } : {}),
  }
}

/** Maps a 422's server field (`namespaces[2]`, `credential.secret`, `host`) onto the form's own field names. */
export function formFieldOf(serverField: string, hostField: 'accountId' | null) {
  const chip = /^namespaces\[(\d+)\]$/.exec(serverField)
  if (chip) return `namespaces.${Number(chip[1])}` as const
  switch (serverField) {
    case 'namespaces':
      return 'namespaces'
    case 'host':
      return hostField
    case 'credential.username':
      return 'username'
    case 'credential.secret':
    case 'credential':
      return 'secret'
    case 'credential.expiresAt':
      return 'expiresAt'
    default:
      return null
  }
}

/** MUI puts `ref` on the wrapper; react-hook-form needs the <input> itself, so that reset() really empties it. */
export const asInput = ({ ref, ...rest }: UseFormRegisterReturn) => ({ ...rest, inputRef: ref })

const DuplicatePattern = z.object({
  reason: z.literal('duplicate_pattern'),
  pattern: z.string(),
  registryId: z.string(),
  host: z.string(),
})

/** The details of a `409 duplicate_pattern` (api-contract §8): which pattern, owned by which registry. */
export function duplicatePatternOf(error: unknown): z.infer<typeof DuplicatePattern> | null {
  if (!isApiError(error) || error.status !== 409) return null
  const parsed = DuplicatePattern.safeParse(error.details)
  return parsed.success ? parsed.data : null
}

/** The chip a `409 duplicate_pattern` is about, with what to say on it; null when it is not one of the form's chips. */
export function duplicateChipOf(error: unknown, namespaces: string[]): { index: number; message: string } | null {
  const duplicate = duplicatePatternOf(error)
  const index = duplicate ? namespaces.indexOf(duplicate.pattern) : -1
  if (!duplicate || index < 0) return null
  return { index, message: `Already registered by the ${duplicate.host} registry ${duplicate.registryId}.` }
}

/** A pattern written for `from` rewritten for `to` (an ECR host edit); other patterns are returned unchanged. */
export function rehostPattern(pattern: string, from: string, to: string): string {
  return pattern.startsWith(`${from}/`) ? `${to}${pattern.slice(from.length)}` : pattern
}
