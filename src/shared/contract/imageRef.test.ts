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
  parsePattern,
  validateNamespacePattern,
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

describe('§9.1 reference × pattern', () => {
  type Expected = 'match' | 'no' | 'invalid'
  const rows: [number, string, string, Expected, string][] = [
    [1, 'ghcr.io/my-org/module:1.0.0', 'ghcr.io/my-org/*', 'match', 'the tag is ignored'],
    [2, `ghcr.io/my-org/module@${D}`, 'ghcr.io/my-org/*', 'match', 'the digest is ignored'],
    [3, `ghcr.io/my-org/module:1.0.0@${D}`, 'ghcr.io/my-org/*', 'match', 'with tag and digest the digest identifies the image'],
    [4, 'ghcr.io/my-org/module', 'ghcr.io/my-org/*', 'match', 'no tag is fine for matching'],
    [5, 'ghcr.io/my-org/team/module:1.0', 'ghcr.io/my-org/*', 'no', '* never crosses /'],
    [6, 'ghcr.io/my-org/team/module:1.0', 'ghcr.io/my-org/**', 'match', '** crosses /'],
    [7, 'ghcr.io/my-org/module:1.0', 'ghcr.io/my-org/**', 'match', '** is one or more segments'],
    [8, 'ghcr.io/my-org-evil/module:1.0', 'ghcr.io/my-org/*', 'no', 'segments are anchored'],
    [9, 'ghcr.io/my-org-evil/module:1.0', 'ghcr.io/my-org*', 'no', '* stays inside its segment, so no prefix bleed'],
    [10, 'ghcr.io/other/module:1.0', 'ghcr.io/my-org/*', 'no', 'it is another namespace'],
    [11, 'GHCR.IO/my-org/module:1.0', 'ghcr.io/my-org/*', 'match', 'hosts compare case-insensitively'],
    [12, 'ghcr.io/My-Org/module:1.0', 'ghcr.io/my-org/*', 'invalid', 'the path has uppercase'],
    [13, 'ghcr.io/my-org/module-a:1.0', 'ghcr.io/my-org/module-*', 'match', '* works inside a segment'],
    [14, 'ghcr.io/my-org/module-a/sub:1.0', 'ghcr.io/my-org/module-*', 'no', '* does not cross /'],
    [15, 'ghcr.io/my-org/module:1.0', 'ghcr.io/my-org/module', 'match', 'an exact repository allows any tag'],
    [16, 'ghcr.io/my-org/module2:1.0', 'ghcr.io/my-org/module', 'no', 'exact means exact'],
    [17, 'ghcr.io:443/my-org/module:1.0', 'ghcr.io/my-org/*', 'no', 'the port is significant'],
    [18, 'nginx:1.25', 'docker.io/library/*', 'match', 'a familiar name becomes docker.io/library/nginx'],
    [19, 'nginx', 'docker.io/library/nginx', 'match', 'a familiar name becomes docker.io/library/nginx'],
    [20, 'index.docker.io/library/nginx:1.25', 'docker.io/library/*', 'match', 'the legacy alias folds'],
    [21, 'my-org/module:1.0', 'docker.io/my-org/*', 'match', 'docker.io is implicit'],
    [22, 'registry-1.docker.io/my-org/module:1.0', 'docker.io/my-org/*', 'match', 'the API host alias folds'],
    [23, 'docker.io/my-org/module:1.0', 'index.docker.io/my-org/*', 'match', 'the pattern host is folded too'],
    [24, 'my-org/module:1.0', 'ghcr.io/my-org/*', 'no', 'the implicit host is docker.io'],
    [25, 'docker.io/nginx:1.25', 'docker.io/nginx', 'match', 'a one-segment Hub pattern gets library/'],
    [26, `${E}/my-org/module:1.0`, `${E}/my-org/*`, 'match', 'the ECR host is exact'],
    [
      27,
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-org/module:1.0',
      `${E}/my-org/*`,
      'no',
      'the region is part of the host',
    ],
    [28, '210987654321.dkr.ecr.us-east-1.amazonaws.com/my-org/module:1.0', `${E}/my-org/*`, 'no', 'the account differs'],
    [29, 'localhost:5000/my-org/module:1.0', 'ghcr.io/my-org/*', 'no', 'the host differs'],
    [30, 'ghcr.io/my-org/module:1.0', 'ghcr.io/my-org', 'no', 'no wildcard means exactly the repository my-org'],
    [31, 'ghcr.io/my-org', 'ghcr.io/my-org/**', 'no', '** needs at least one more segment'],
    [32, 'ghcr.io/my-org/a/b/c:1', 'ghcr.io/my-org/**', 'match', '** matches any depth'],
    [33, 'ghcr.io/my-org/module', 'ghcr.io/my-org/mod*le', 'match', '* works in the middle of a segment'],
    [34, 'registry-1.docker.io/nginx', 'docker.io/library/nginx', 'match', 'the alias folds, then library/ is added'],
    [35, 'docker.io:443/my-org/module:1.0', 'docker.io/my-org/*', 'no', 'no alias applies to a host with a port'],
  ]

  it('covers all 35 rows of the fixture', () => {
    expect(rows.map(([n]) => n)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1))
  })

  it.each(rows)('row %i: %s against %s gives %s because %s', (_n, reference, pattern, expected) => {
    const ref = parseImageRef(reference)
    if (expected === 'invalid') {
      expect(ref.ok).toBe(false)
      expect(checkImage(reference, [{ id: 'r', enabled: true, namespaces: [pattern] }])).toMatchObject({
        allowed: false,
        code: 'INVALID_IMAGE_REFERENCE',
      })
      return
    }
    if (!ref.ok) throw new Error(`expected ${reference} to parse, got: ${ref.reason}`)
    expect(matchesPattern(ref, pattern)).toBe(expected === 'match')
  })
})

describe('§9.2 pattern validation', () => {
  const W1 = (pattern: string) => `Matches only the repository ${pattern} itself. Did you mean ${pattern}/*?`
  const W2 = (canonical: string) => `Saved as ${canonical}.`
  const accepted: [string, string, string, string[]][] = [
    ['ghcr.io/my-org/*', 'ghcr.io', 'ghcr.io/my-org/*', []],
    ['ghcr.io/my-org/module-*', 'ghcr.io', 'ghcr.io/my-org/module-*', []],
    ['ghcr.io/my-org/**', 'ghcr.io', 'ghcr.io/my-org/**', []],
    ['GHCR.IO/my-org/*', 'ghcr.io', 'ghcr.io/my-org/*', [W2('ghcr.io/my-org/*')]],
    ['ghcr.io/my-org', 'ghcr.io', 'ghcr.io/my-org', [W1('ghcr.io/my-org')]],
    ['index.docker.io/my-org/*', 'docker.io', 'docker.io/my-org/*', [W2('docker.io/my-org/*')]],
    [`${E}/*`, E, `${E}/*`, []],
    [`${E}/**`, E, `${E}/**`, []],
  ]

  it.each(accepted)('accepts %s on %s as %s with warnings %j', (pattern, host, canonical, warnings) => {
    expect(validateNamespacePattern(pattern, host)).toEqual({ ok: true, canonical, warnings })
  })

  const M4 = (host: string) => `Patterns on this registry start with ${host}/ (no wildcards in the host).`
  const M11 = (host: string) => `Too broad: on ${host} the first segment is an account; write it out, as in ${host}/my-org/*.`
  const rejected: [string, string, string][] = [
    ['*.dkr.ecr.us-east-1.amazonaws.com/my-org/*', E, M4(E)],
    ['ghcr.io/my-org/*', 'docker.io', M4('docker.io')],
    ['ghcr.io:443/my-org/*', 'ghcr.io', M4('ghcr.io')],
    ['ghcr.io', 'ghcr.io', 'Add a namespace after the host, for example ghcr.io/my-org/*.'],
    ['https://ghcr.io/my-org/*', 'ghcr.io', 'Leave out the scheme: write ghcr.io/my-org/*.'],
    ['ghcr.io/My-Org/*', 'ghcr.io', 'Repository paths are lowercase: write ghcr.io/my-org/*.'],
    ['ghcr.io/my-org/*:1.*', 'ghcr.io', 'Leave out the tag or digest: a pattern covers every tag of a repository.'],
    [`ghcr.io/my-org/*@${D}`, 'ghcr.io', 'Leave out the tag or digest: a pattern covers every tag of a repository.'],
    ['ghcr.io/my-org/mod?le', 'ghcr.io', 'Only * (within a segment) and a final /** are supported.'],
    ['ghcr.io/my-org/{a,b}', 'ghcr.io', 'Only * (within a segment) and a final /** are supported.'],
    ['ghcr.io/my-org/**/x', 'ghcr.io', '** must be the whole last segment, as in ghcr.io/my-org/**.'],
    ['ghcr.io/my-org/mod**', 'ghcr.io', '** must be the whole last segment, as in ghcr.io/my-org/**.'],
    ['ghcr.io/my-org//*', 'ghcr.io', 'Remove the empty segment (//) or the trailing /.'],
    ['ghcr.io/my-org/*/', 'ghcr.io', 'Remove the empty segment (//) or the trailing /.'],
    [
      'ghcr.io/my-org/-mod*',
      'ghcr.io',
      '"-mod*" can never match a repository name: use a-z, 0-9 and single separators (. _ __ -).',
    ],
    ['ghcr.io/**', 'ghcr.io', M11('ghcr.io')],
    ['ghcr.io/*', 'ghcr.io', M11('ghcr.io')],
    ['docker.io/**', 'docker.io', M11('docker.io')],
    ['ghcr.io/my-org*', 'ghcr.io', M11('ghcr.io')],
    ['ghcr.io/*/module', 'ghcr.io', M11('ghcr.io')],
    ['docker.io/library/*', 'docker.io', "docker.io/library holds Docker's official images, which no organization owns."],
    [
      'docker.io/my-org',
      'docker.io',
      'docker.io/my-org means the official image docker.io/library/my-org. Did you mean docker.io/my-org/*?',
    ],
  ]

  it.each(rejected)('rejects %s on %s with the message %s', (pattern, host, message) => {
    expect(validateNamespacePattern(pattern, host)).toEqual({ ok: false, message })
  })

  it('asks for a pattern naming the entry host when the input is empty (M1)', () => {
    expect(validateNamespacePattern('  ', 'ghcr.io')).toEqual({
      ok: false,
      message: 'Enter a pattern such as ghcr.io/my-org/*.',
    })
  })

  it('folds an alias written as the entry host before comparing hosts', () => {
    expect(validateNamespacePattern('docker.io/my-org/*', 'index.docker.io')).toMatchObject({ ok: true })
  })

  it('parses a pattern into canonical host, segments and a trailing ** flag', () => {
    expect(parsePattern('Index.Docker.io/nginx')).toMatchObject({
      ok: true,
      host: 'docker.io',
      segments: ['library', 'nginx'],
      globstar: false,
      canonical: 'docker.io/library/nginx',
    })
    expect(parsePattern('ghcr.io/my-org/**')).toMatchObject({ ok: true, segments: ['my-org'], globstar: true })
  })
})

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
