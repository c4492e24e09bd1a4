import {
  canonicalHost,
  checkImage,
  ECR_HOST_PATTERN,
  exampleReferenceFor,
  hostForProvider,
  isMultiTenantHost,
  isValidEcrHost,
  matchesPattern,
  parseImageRef,
  type ParsedRef,
  type RegistryRules,
} from './imageRef'

// Fixture abbreviations of registry-patterns.md §9.
const D = `sha256:${'0123456789abcdef'.repeat(4)}`
const E = '123456789012.dkr.ecr.us-east-1.amazonaws.com'

const REASON = {
  empty: 'Enter an image reference such as ghcr.io/my-org/module:1.0.',
  whitespace: 'Remove the spaces.',
  emptyComponent: 'Remove the empty segment (//) or the trailing /.',
  tag: 'The tag must be 1–128 letters, digits, _ . or -, and must not start with . or -.',
  digest: 'The digest must be an algorithm, ":" and at least 32 hex digits.',
  pathLength: 'The repository path is longer than 255 characters.',
  imageId: 'This is an image ID; add the repository name.',
}

function parsedOk(text: string): ParsedRef {
  const ref = parseImageRef(text)
  if (!ref.ok) throw new Error(`expected ${text} to parse, got: ${ref.reason}`)
  return ref
}

describe('§9.3 reference validity', () => {
  const valid: [string, string][] = [
    ['ghcr.io/my-org/a--b:1', 'ghcr.io/my-org/a--b'],
    ['ghcr.io/my-org/a__b:1', 'ghcr.io/my-org/a__b'],
    [`ghcr.io/my-org/m:${'a'.repeat(128)}`, 'ghcr.io/my-org/m'],
    ['ghcr.io/my-org/m:V1.0_rc', 'ghcr.io/my-org/m'],
    [`ghcr.io/my-org/m:1.0@${D}`, 'ghcr.io/my-org/m'],
    ['[::1]:5000/a/b:1', '[::1]:5000/a/b'],
    ['localhost/my-org/m', 'localhost/my-org/m'],
    ['Registry/my-org/m:1', 'registry/my-org/m'],
    ['nginx', 'docker.io/library/nginx'],
    ['index.docker.io/nginx:1', 'docker.io/library/nginx'],
    ['registry-1.docker.io/nginx', 'docker.io/library/nginx'],
    ['docker.io:443/nginx', 'docker.io:443/nginx'],
    [`ghcr.io/${'a'.repeat(255)}`, `ghcr.io/${'a'.repeat(255)}`],
  ]

  it.each(valid)('accepts %s and normalizes its repository to %s', (reference, repository) => {
    expect(parsedOk(reference).repository).toBe(repository)
  })

  const invalid: [string, string][] = [
    ['ghcr.io/my-org/a___b:1', '"a___b" is not a valid path component.'],
    ['ghcr.io/my-org/-a:1', '"-a" is not a valid path component.'],
    ['ghcr.io/my-org/Module:1', 'Repository paths are lowercase: write ghcr.io/my-org/module:1.'],
    [`ghcr.io/my-org/m:${'a'.repeat(129)}`, REASON.tag],
    ['ghcr.io/my-org/m:-1', REASON.tag],
    ['ghcr.io/my-org/m:', REASON.tag],
    ['ghcr.io/my-org/m@sha256:abc', REASON.digest],
    ['https://ghcr.io/my-org/m', 'Leave out the scheme: write ghcr.io/my-org/m.'],
    ['ghcr.io/my-org/m :1', REASON.whitespace],
    ['', REASON.empty],
    ['ghcr.io//m', REASON.emptyComponent],
    ['ghcr.io/my-org/m/', REASON.emptyComponent],
    ['0123456789abcdef'.repeat(4), REASON.imageId],
    [`ghcr.io/${'a'.repeat(256)}`, REASON.pathLength],
  ]

  it.each(invalid)('rejects %j with the reason %s', (reference, reason) => {
    expect(parseImageRef(reference)).toEqual({ ok: false, reason })
  })

  it('keeps tag and digest apart from the repository, with no :latest assumed', () => {
    expect(parsedOk(`GHCR.IO/my-org/m:V1.0_rc@${D}`)).toEqual({
      ok: true,
      host: 'ghcr.io',
      path: 'my-org/m',
      tag: 'V1.0_rc',
      digest: D,
      repository: 'ghcr.io/my-org/m',
    })
    expect(parsedOk('nginx')).not.toHaveProperty('tag')
  })

  it('rejects a host that is not a valid hostname', () => {
    expect(parseImageRef('bad_host.io/my-org/m')).toEqual({ ok: false, reason: '"bad_host.io" is not a valid registry host.' })
  })

  it('counts the added library/ towards the 255-character path limit', () => {
    expect(parseImageRef('a'.repeat(247)).ok).toBe(true)
    expect(parseImageRef('a'.repeat(248))).toEqual({ ok: false, reason: REASON.pathLength })
  })
})

describe('checkImage', () => {
  const ghcr: RegistryRules = { id: 'reg-ghcr', enabled: true, namespaces: ['ghcr.io/other/*', 'ghcr.io/my-org/**'] }

  it('lets a disabled registry allow nothing', () => {
    const result = checkImage('ghcr.io/my-org/module:1.0', [{ ...ghcr, enabled: false }])
    expect(result).toMatchObject({ allowed: false, code: 'REGISTRY_UNAUTHORIZED' })
  })

  it('reports the first matching registry and pattern in stored order', () => {
    const second: RegistryRules = { id: 'reg-second', enabled: true, namespaces: ['ghcr.io/my-org/*'] }
    expect(checkImage('ghcr.io/my-org/module:1.0', [ghcr, second])).toMatchObject({
      allowed: true,
      normalizedRef: 'ghcr.io/my-org/module:1.0',
      matched: { registryId: 'reg-ghcr', pattern: 'ghcr.io/my-org/**' },
    })
    expect(checkImage('ghcr.io/my-org/module:1.0', [{ ...ghcr, enabled: false }, second])).toMatchObject({
      allowed: true,
      matched: { registryId: 'reg-second', pattern: 'ghcr.io/my-org/*' },
    })
  })

  it('refuses an unmatched image with M13 naming only the normalized repository', () => {
    const result = checkImage('nginx:1.25', [ghcr])
    expect(result).toEqual({
      allowed: false,
      normalizedRef: 'docker.io/library/nginx:1.25',
      code: 'REGISTRY_UNAUTHORIZED',
      message: 'REGISTRY_UNAUTHORIZED: docker.io/library/nginx is not in a namespace registered for this organization.',
    })
    expect(result.message).not.toContain('ghcr.io')
  })

  it('normalizes the full reference, keeping both tag and digest', () => {
    expect(checkImage(`GHCR.IO/my-org/m:1.0@${D}`, [ghcr]).normalizedRef).toBe(`ghcr.io/my-org/m:1.0@${D}`)
  })

  it('answers INVALID_IMAGE_REFERENCE, never REGISTRY_UNAUTHORIZED, for a malformed reference', () => {
    const everything: RegistryRules = { id: 'reg-ecr', enabled: true, namespaces: [`${E}/**`] }
    for (const registries of [[], [ghcr, everything]]) {
      expect(checkImage('  ghcr.io/My-Org/module:1.0 ', registries)).toEqual({
        allowed: false,
        normalizedRef: 'ghcr.io/My-Org/module:1.0',
        code: 'INVALID_IMAGE_REFERENCE',
        message: 'Remove the spaces.',
      })
      expect(checkImage('ghcr.io/My-Org/module:1.0', registries)).toMatchObject({
        code: 'INVALID_IMAGE_REFERENCE',
        message: 'Repository paths are lowercase: write ghcr.io/my-org/module:1.0.',
      })
    }
  })
})

describe('exampleReferenceFor', () => {
  it('replaces * with module and ** with tool and appends :1.0', () => {
    expect(exampleReferenceFor('ghcr.io/my-org/*')).toBe('ghcr.io/my-org/module:1.0')
    expect(exampleReferenceFor('ghcr.io/my-org/**')).toBe('ghcr.io/my-org/tool:1.0')
  })

  it.each([
    'ghcr.io/my-org/*',
    'ghcr.io/my-org/**',
    'ghcr.io/my-org/module-*',
    'ghcr.io/my-org/mod*le',
    'ghcr.io/my-org',
    'docker.io/my-org/*',
    'index.docker.io/my-org/**',
    'docker.io/nginx',
    `${E}/*`,
    `${E}/**`,
  ])('produces a reference that %s matches', (pattern) => {
    expect(matchesPattern(parsedOk(exampleReferenceFor(pattern)), pattern)).toBe(true)
  })

  it('produces nothing for a pattern that does not parse', () => {
    expect(exampleReferenceFor('ghcr.io/my-org/mod?le')).toBe('')
  })
})

describe('hosts and providers', () => {
  it('lowercases hosts and folds only the exact Docker Hub aliases', () => {
    expect(canonicalHost('GHCR.IO')).toBe('ghcr.io')
    expect(canonicalHost('Index.Docker.IO')).toBe('docker.io')
    expect(canonicalHost('registry-1.docker.io')).toBe('docker.io')
    expect(canonicalHost('index.docker.io:443')).toBe('index.docker.io:443')
  })

  it('builds the host of each provider, the ECR one from account ID and region', () => {
    expect(hostForProvider('ghcr')).toBe('ghcr.io')
    expect(hostForProvider('dockerhub')).toBe('docker.io')
    expect(hostForProvider('ecr', { accountId: '123456789012', region: 'us-east-1' })).toBe(E)
    expect(() => hostForProvider('ecr')).toThrow()
  })

  it('accepts only v1 ECR hosts and exposes account and region as groups', () => {
    expect(isValidEcrHost(E)).toBe(true)
    expect(isValidEcrHost('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com')).toBe(true)
    expect(isValidEcrHost('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn')).toBe(true)
    expect(isValidEcrHost('12345678901.dkr.ecr.us-east-1.amazonaws.com')).toBe(false)
    expect(isValidEcrHost('public.ecr.aws')).toBe(false)
    expect(ECR_HOST_PATTERN.exec(E)?.slice(1, 4)).toEqual(['123456789012', undefined, 'us-east-1'])
  })

  it('treats ghcr.io and docker.io (and its aliases) as multi-tenant, ECR hosts as single-tenant', () => {
    expect(isMultiTenantHost('ghcr.io')).toBe(true)
    expect(isMultiTenantHost('index.docker.io')).toBe(true)
    expect(isMultiTenantHost(E)).toBe(false)
  })
})
