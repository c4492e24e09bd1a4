// Namespace patterns (registry-patterns.md §3–§5): structural parse, save-time policy and matching.
// Dependency-free on purpose (§1): the console previews and the demo backend decides with this very code.
// Image references live in ./imageRef, which re-exports everything here; import from there.

/** A repository path component (§2.1): alnum runs joined by ".", "_", "__" or one or more "-". */
export const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/** A registry host (§2.1): dotted hostname labels or a bracketed IPv6 address, optionally with a numeric port. */
export const HOST_SYNTAX =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::[0-9]+)?$/

/** A leading URL scheme such as `https://`, which neither references nor patterns may carry (M3). */
export const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//

const DOCKER_HUB = 'docker.io'
// §2.2.3: both aliases fold, but only when written exactly, without a port (`docker.io:443` stays its own host).
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io'])
// §5: on these hosts the first path segment is an account anyone can register.
const MULTI_TENANT_HOSTS = new Set(['ghcr.io', DOCKER_HUB])

/** The §7 texts shared by patterns and references, with `{…}` filled in from the arguments. */
export const MESSAGES = {
  M1: (host: string) => `Enter a pattern such as ${host}/my-org/*.`,
  M2: (host: string) => `Add a namespace after the host, for example ${host}/my-org/*.`,
  M3: (rest: string) => `Leave out the scheme: write ${rest}.`,
  M4: (host: string) => `Patterns on this registry start with ${host}/ (no wildcards in the host).`,
  M5: (lowercased: string) => `Repository paths are lowercase: write ${lowercased}.`,
  M6: 'Leave out the tag or digest: a pattern covers every tag of a repository.',
  M7: 'Only * (within a segment) and a final /** are supported.',
  M8: (host: string) => `** must be the whole last segment, as in ${host}/my-org/**.`,
  M9: 'Remove the empty segment (//) or the trailing /.',
  M10: (segment: string) => `"${segment}" can never match a repository name: use a-z, 0-9 and single separators (. _ __ -).`,
  M11: (host: string) => `Too broad: on ${host} the first segment is an account; write it out, as in ${host}/my-org/*.`,
  M12: "docker.io/library holds Docker's official images, which no organization owns.",
  M13: (repository: string) => `REGISTRY_UNAUTHORIZED: ${repository} is not in a namespace registered for this organization.`,
  M14: (pattern: string) => `${pattern} is already in the list.`,
  M15: (name: string) =>
    `docker.io/${name} means the official image docker.io/library/${name}. Did you mean docker.io/${name}/*?`,
  W1: (pattern: string) => `Matches only the repository ${pattern} itself. Did you mean ${pattern}/*?`,
  W2: (canonical: string) => `Saved as ${canonical}.`,
} as const

/** Why a pattern is structurally invalid; validateNamespacePattern turns it into a §7 message. */
export type PatternProblem =
  | { kind: 'empty' | 'noPath' | 'host' | 'tagOrDigest' | 'character' | 'globstar' | 'emptySegment' }
  | { kind: 'scheme'; rest: string }
  | { kind: 'uppercase'; lowercased: string }
  | { kind: 'neverMatches'; segment: string }

/** A structurally parsed pattern in canonical form (§3); `segments` excludes a final `**`, flagged by `globstar`. */
export type ParsedPattern =
  | { ok: true; host: string; segments: string[]; globstar: boolean; libraryAdded: boolean; canonical: string }
  | { ok: false; problem: PatternProblem }

/** Lowercases a host and folds the Docker Hub aliases to `docker.io` (§2.2, only exact aliases without a port). */
export function canonicalHost(host: string): string {
  const lower = host.toLowerCase()
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower
}

/** Whether the first path segment on this host is a public account name (`ghcr.io`, `docker.io`; §5). */
export function isMultiTenantHost(host: string): boolean {
  return MULTI_TENANT_HOSTS.has(canonicalHost(host))
}

/** Parses a pattern's structure (§3 grammar only, no registry policy) and canonicalizes it. */
export function parsePattern(text: string): ParsedPattern {
  const fail = (problem: PatternProblem): ParsedPattern => ({ ok: false, problem })
  // Surrounding whitespace is a typing accident; trimming it shows up as a W2 note, never as an error.
  const input = text.trim()
  if (input === '') return fail({ kind: 'empty' })
  const scheme = SCHEME.exec(input)
  if (scheme) return fail({ kind: 'scheme', rest: input.slice(scheme[0].length) })
  const slash = input.indexOf('/')
  if (slash < 0 || slash === input.length - 1) return fail({ kind: 'noPath' })
  // The host is exact (§3): a `*` in it fails the host syntax, which reports M4.
  const rawHost = input.slice(0, slash)
  if (!HOST_SYNTAX.test(rawHost)) return fail({ kind: 'host' })
  const path = input.slice(slash + 1)
  // Checked before the character rule so that `:1.*` or `@sha256:…` gets the specific M6 rather than M7.
  if (/[:@]/.test(path)) return fail({ kind: 'tagOrDigest' })
  if (/[A-Z]/.test(path)) return fail({ kind: 'uppercase', lowercased: input.toLowerCase() })
  if (/[^a-z0-9._*/-]/.test(path)) return fail({ kind: 'character' })
  const parts = path.split('/')
  if (parts.includes('')) return fail({ kind: 'emptySegment' })
  const last = parts.length - 1
  if (parts.some((part, i) => part.includes('**') && (part !== '**' || i !== last))) return fail({ kind: 'globstar' })
  const globstar = parts[last] === '**'
  const segments = globstar ? parts.slice(0, last) : parts
  // §3: with each `*` read as `x` a segment must be a valid component, or no repository name could ever match it.
  const never = segments.find((segment) => !PATH_COMPONENT.test(segment.replaceAll('*', 'x')))
  if (never !== undefined) return fail({ kind: 'neverMatches', segment: never })
  const host = canonicalHost(rawHost)
  // §3 canonical form mirrors §2.2.4: a one-literal-segment Hub pattern names an official image.
  const libraryAdded = host === DOCKER_HUB && !globstar && segments.length === 1 && !segments[0].includes('*')
  const canonicalSegments = libraryAdded ? ['library', ...segments] : segments
  const canonical = [host, ...canonicalSegments, ...(globstar ? ['**'] : [])].join('/')
  return { ok: true, host, segments: canonicalSegments, globstar, libraryAdded, canonical }
}

function problemMessage(problem: PatternProblem, host: string): string {
  switch (problem.kind) {
    case 'empty':
      return MESSAGES.M1(host)
    case 'scheme':
      return MESSAGES.M3(problem.rest)
    case 'noPath':
      return MESSAGES.M2(host)
    case 'host':
      return MESSAGES.M4(host)
    case 'uppercase':
      return MESSAGES.M5(problem.lowercased)
    case 'tagOrDigest':
      return MESSAGES.M6
    case 'character':
      return MESSAGES.M7
    case 'globstar':
      return MESSAGES.M8(host)
    case 'emptySegment':
      return MESSAGES.M9
    case 'neverMatches':
      return MESSAGES.M10(problem.segment)
  }
}

/** Validates a pattern for a registry entry (§3 grammar + §5 policy): canonical form and W1/W2, or the §7 message. */
export function validateNamespacePattern(
  text: string,
  registryHost: string,
): { ok: true; canonical: string; warnings: string[] } | { ok: false; message: string } {
  const host = canonicalHost(registryHost.trim())
  const parsed = parsePattern(text)
  if (!parsed.ok) return { ok: false, message: problemMessage(parsed.problem, host) }
  if (parsed.host !== host) return { ok: false, message: MESSAGES.M4(host) }
  const [first] = parsed.segments
  // §5: a wildcard (or `**`) in the account position admits accounts that anyone can register.
  if (isMultiTenantHost(host) && (first === undefined || first.includes('*'))) {
    return { ok: false, message: MESSAGES.M11(host) }
  }
  if (host === DOCKER_HUB && first === 'library') {
    // §5/M15: `docker.io/my-org` only became `library/my-org` through canonicalization; say what was probably meant.
    const name = parsed.segments[1]
    const message = parsed.libraryAdded && name !== 'library' ? MESSAGES.M15(name) : MESSAGES.M12
    return { ok: false, message }
  }
  const warnings: string[] = []
  // §3: no prefix semantics, so a pattern without any wildcard is one repository; say so (W1).
  if (!parsed.globstar && !parsed.segments.some((segment) => segment.includes('*'))) {
    warnings.push(MESSAGES.W1(parsed.canonical))
  }
  if (parsed.canonical !== text) warnings.push(MESSAGES.W2(parsed.canonical))
  return { ok: true, canonical: parsed.canonical, warnings }
}

// §4: `*` is any run (possibly empty) inside one segment; everything else is literal, anchored at both ends.
function segmentMatches(patternSegment: string, segment: string): boolean {
  const escaped = patternSegment.split('*').map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('[^/]*')}$`).test(segment)
}

/** Whether a parsed reference's repository falls under a pattern (§4); tag and digest play no part (§2.3). */
export function matchesPattern(ref: { host: string; path: string }, pattern: string): boolean {
  const parsed = parsePattern(pattern)
  if (!parsed.ok || parsed.host !== canonicalHost(ref.host)) return false
  const parts = ref.path.split('/')
  const { segments, globstar } = parsed
  // `**` stands for one or more further segments, so `host/a/**` never matches `host/a` itself (§3).
  if (globstar ? parts.length <= segments.length : parts.length !== segments.length) return false
  return segments.every((segment, i) => segmentMatches(segment, parts[i]))
}

// A pattern that can match nothing (e.g. `docker.io/*`: Hub names always gain a namespace, §2.2.4) yields a non-matching example.
/** A plausible reference that matches a pattern, for the form's "would match" preview (§8); '' for an unparsable pattern. */
export function exampleReferenceFor(pattern: string): string {
  const parsed = parsePattern(pattern)
  if (!parsed.ok) return ''
  const segments = parsed.segments.map((segment) => segment.replaceAll('*', 'module'))
  return `${[parsed.host, ...segments, ...(parsed.globstar ? ['tool'] : [])].join('/')}:1.0`
}
