// Image references and the publish decision (registry-patterns.md §2, §4, §6).
// Dependency-free on purpose (§1): the console previews and the demo backend decides with this very code;
// never copy one of these rules into a component regex or a request handler.
import { canonicalHost, HOST_SYNTAX, matchesPattern, MESSAGES, PATH_COMPONENT, SCHEME } from './imagePattern'

export * from './imagePattern'

/** The registry providers of §6. */
export type ProviderId = 'ghcr' | 'dockerhub' | 'ecr'

/** A valid, normalized image reference (§2.2): `repository` is `host/path` with aliases folded and `library/` added. */
export type ParsedRef = { ok: true; host: string; path: string; tag?: string; digest?: string; repository: string }

/** The result of parseImageRef: a normalized reference or the §7 reason it is invalid. */
export type ImageRefResult = ParsedRef | { ok: false; reason: string }

/** What checkImage needs of a registry entry: its id, whether it is enabled and its patterns in stored order. */
export type RegistryRules = { id: string; enabled: boolean; namespaces: string[] }

/** The decision of §4: allowed with the first matching registry and pattern, or refused with a code and message. */
export type CheckImageOutcome =
  | { allowed: true; normalizedRef: string; matched: { registryId: string; pattern: string }; message: string }
  | { allowed: false; normalizedRef: string; code: 'REGISTRY_UNAUTHORIZED' | 'INVALID_IMAGE_REFERENCE'; message: string }

/** The §7 INVALID_IMAGE_REFERENCE reasons that are not shared with patterns (M3, M5, M9 live in MESSAGES). */
export const REFERENCE_REASONS = {
  empty: 'Enter an image reference such as ghcr.io/my-org/module:1.0.',
  whitespace: 'Remove the spaces.',
  component: (component: string) => `"${component}" is not a valid path component.`,
  host: (host: string) => `"${host}" is not a valid registry host.`,
  tag: 'The tag must be 1–128 letters, digits, _ . or -, and must not start with . or -.',
  digest: 'The digest must be an algorithm, ":" and at least 32 hex digits.',
  pathLength: 'The repository path is longer than 255 characters.',
  imageId: 'This is an image ID; add the repository name.',
} as const

/** The ECR registry host of §6; groups: account ID, `-fips`, region, `.cn`. */
export const ECR_HOST_PATTERN = /^(\d{12})\.dkr\.ecr(-fips)?\.([a-z0-9][a-z0-9-]*)\.amazonaws\.com(\.cn)?$/

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$/
// §2.1: exactly 64 lowercase hex characters is an image ID, although it would parse as a Docker Hub name.
const IMAGE_ID = /^[0-9a-f]{64}$/
const MAX_PATH_LENGTH = 255

/** Parses and normalizes an image reference (§2), or gives the §7 reason it is invalid. */
export function parseImageRef(text: string): ImageRefResult {
  const invalid = (reason: string): ImageRefResult => ({ ok: false, reason })
  if (text.trim() === '') return invalid(REFERENCE_REASONS.empty)
  if (/\s/.test(text)) return invalid(REFERENCE_REASONS.whitespace)
  const scheme = SCHEME.exec(text)
  if (scheme) return invalid(MESSAGES.M3(text.slice(scheme[0].length)))
  if (IMAGE_ID.test(text)) return invalid(REFERENCE_REASONS.imageId)

  // A name cannot contain `@`, so the first one starts the digest; a tag is a `:` after the last `/`
  // (a `:` before it belongs to the host's port or an IPv6 address).
  const at = text.indexOf('@')
  const beforeDigest = at < 0 ? text : text.slice(0, at)
  const digest = at < 0 ? undefined : text.slice(at + 1)
  const colon = beforeDigest.lastIndexOf(':')
  const hasTag = colon > beforeDigest.lastIndexOf('/')
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest
  const tag = hasTag ? beforeDigest.slice(colon + 1) : undefined
  if (name === '') return invalid(REFERENCE_REASONS.empty)

  // §2.2.1: the first part is a host only if it looks like one; otherwise the whole name is a Docker Hub path.
  const slash = name.indexOf('/')
  const first = name.slice(0, Math.max(slash, 0))
  const hasHost = slash >= 0 && (/[.:A-Z]/.test(first) || first === 'localhost')
  if (hasHost && !HOST_SYNTAX.test(first)) return invalid(REFERENCE_REASONS.host(first))
  const pathStart = hasHost ? slash + 1 : 0
  const rawPath = name.slice(pathStart)
  const components = rawPath.split('/')
  if (components.includes('')) return invalid(MESSAGES.M9)
  if (/[A-Z]/.test(rawPath)) {
    // Only the path is lowercased in the suggestion: tags may legitimately contain uppercase (§9.3).
    return invalid(MESSAGES.M5(text.slice(0, pathStart) + rawPath.toLowerCase() + text.slice(pathStart + rawPath.length)))
  }
  const badComponent = components.find((component) => !PATH_COMPONENT.test(component))
  if (badComponent !== undefined) return invalid(REFERENCE_REASONS.component(badComponent))
  if (tag !== undefined && !TAG.test(tag)) return invalid(REFERENCE_REASONS.tag)
  if (digest !== undefined && !DIGEST.test(digest)) return invalid(REFERENCE_REASONS.digest)

  const host = canonicalHost(hasHost ? first : 'docker.io')
  // §2.2.4: official images live under `library/`; the port-qualified `docker.io:443` is not Docker Hub's canonical host.
  const path = host === 'docker.io' && components.length === 1 ? `library/${rawPath}` : rawPath
  // The limit applies after normalization (§2.1), so the added `library/` counts.
  if (path.length > MAX_PATH_LENGTH) return invalid(REFERENCE_REASONS.pathLength)
  return {
    ok: true,
    host,
    path,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    repository: `${host}/${path}`,
  }
}

/** The normalized full reference: repository plus `:tag` and/or `@digest` as given. */
function normalizedReference(ref: ParsedRef): string {
  return `${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`
}

/** Decides whether an organization may use an image (§4): the first enabled registry pattern that matches, in stored order. */
export function checkImage(text: string, registries: RegistryRules[]): CheckImageOutcome {
  const ref = parseImageRef(text)
  // §2.1: a malformed reference is never reported as unauthorized.
  if (!ref.ok) {
    return { allowed: false, normalizedRef: text.trim(), code: 'INVALID_IMAGE_REFERENCE', message: ref.reason }
  }
  const normalizedRef = normalizedReference(ref)
  for (const registry of registries) {
    // §4: a disabled registry allows nothing; credentials play no part in the decision.
    if (!registry.enabled) continue
    const pattern = registry.namespaces.find((candidate) => matchesPattern(ref, candidate))
    if (pattern !== undefined) {
      return {
        allowed: true,
        normalizedRef,
        matched: { registryId: registry.id, pattern },
        message: `${ref.repository} is allowed by ${pattern} (registry ${registry.id}).`,
      }
    }
  }
  // M13 names only the repository: never leak the organization's (or anyone else's) patterns.
  return { allowed: false, normalizedRef, code: 'REGISTRY_UNAUTHORIZED', message: MESSAGES.M13(ref.repository) }
}

/** The registry host of a provider (§6): fixed for GHCR and Docker Hub, built from account ID and region for ECR. */
export function hostForProvider(provider: ProviderId, ecr?: { accountId: string; region: string }): string {
  switch (provider) {
    case 'ghcr':
      return 'ghcr.io'
    case 'dockerhub':
      return 'docker.io'
    case 'ecr':
      if (!ecr) throw new Error('An ECR host needs an account ID and a region.')
      return `${ecr.accountId}.dkr.ecr.${ecr.region}.amazonaws.com`
  }
}

/** Whether a host is a v1-supported ECR registry host (§6; not `public.ecr.aws`, not dual-stack). */
export function isValidEcrHost(host: string): boolean {
  return ECR_HOST_PATTERN.test(host)
}
