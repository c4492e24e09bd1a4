import { checkImage, matchesPattern, parseImageRef, parsePattern, validateNamespacePattern } from './imageRef'

// Fixture abbreviations of registry-patterns.md §9.
const D = `sha256:${'0123456789abcdef'.repeat(4)}`
const E = '123456789012.dkr.ecr.us-east-1.amazonaws.com'

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
