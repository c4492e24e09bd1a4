import { AuditEventPage } from '../../src/shared/contract/organizations'
import { CheckImageResult, RegistryPage, TestResult } from '../../src/shared/contract/registries'
import { saveStores, setPersistenceTarget } from '../runtime/persistence'
import { call, parse, errorOf, REGS, AUDIT, SECRET, ECR, post, patch, type Who } from './registryTestKit'

describe('test connection', () => {
  const unsaved = (host: string, credential?: Record<string, string>, provider = 'ecr') =>
    post('tomas', `${REGS}/test`, { provider, host, namespaces: [`${host}/hla/**`], ...(credential ? { credential } : {}) })

  it('follows the documented deterministic rules and never echoes the secret', async () => {
    const cases: [Promise<{ text: string; json: unknown }>, string][] = [
      [unsaved(ECR, { username: 'AKIAQ3EXAMPLEHLAPULL', secret: SECRET }), 'OK'],
      [unsaved(ECR), 'OK'],
      [
        unsaved('000000000000.dkr.ecr.eu-central-1.amazonaws.com', { username: 'AKIAQ3EXAMPLE', secret: SECRET }),
        'REGISTRY_UNREACHABLE',
      ],
      [unsaved(ECR, { username: 'AKIAQ3EXAMPLE', secret: 'bad' }), 'CREDENTIAL_REJECTED'],
      [unsaved(ECR, { username: 'AKIAQ3EXAMPLE', secret: 'token-revoked-2025' }), 'CREDENTIAL_REJECTED'],
      [unsaved(ECR, { username: 'AKIA210987654321DEMO', secret: SECRET }), 'ECR_ACCOUNT_MISMATCH'],
      [unsaved(ECR, { username: 'nopull', secret: SECRET }), 'NO_PULL_ACCESS'],
      [unsaved(ECR, { username: 'AKIAQ3EXAMPLE', secret: SECRET, expiresAt: '2025-12-31T00:00:00Z' }), 'CREDENTIAL_EXPIRED'],
    ]
    for (const [pending, code] of cases) {
      const reply = await pending
      expect(parse(TestResult, reply).code).toBe(code)
      expect(reply.text).not.toContain(SECRET)
    }
  })

  it('tests a saved entry on its stored host, stores lastTest and audits the outcome', async () => {
    // The superuser may test any organization's registry; reg-0008's credential expired three days ago.
    const expired = parse(TestResult, await post('priya', '/v1/organizations/org-0003/registries/reg-0008/test', {}))
    expect(expired).toMatchObject({ ok: false, code: 'CREDENTIAL_EXPIRED' })

    const typed = await post('tomas', `${REGS}/reg-0003/test`, {
      host: 'unreachable.example',
      credential: { secret: 'revoked-ghp-token' },
    })
    expect(parse(TestResult, typed).code).toBe('CREDENTIAL_REJECTED')
    const stored = parse(RegistryPage, await call('tomas', REGS)).items.find((r) => r.id === 'reg-0003')
    expect(stored?.lastTest).toMatchObject({ ok: false, code: 'CREDENTIAL_REJECTED' })
    expect(stored?.host).toBe('ghcr.io')
    const audit = await call('tomas', AUDIT)
    expect(parse(AuditEventPage, audit).items[0]).toMatchObject({
      action: 'registry.tested',
      target: { id: 'reg-0003' },
      outcome: { ok: false, code: 'CREDENTIAL_REJECTED' },
    })
    expect(audit.text).not.toContain('revoked-ghp-token')

    const again = parse(TestResult, await post('tomas', `${REGS}/reg-0003/test`, {}))
    expect(again).toMatchObject({ ok: true, code: 'OK' })
    expect((await post('mei', `${REGS}/reg-0003/test`, {})).status).toBe(403)
  })
})

describe('check-image', () => {
  const check = (who: Who, imageRef: unknown) => post(who, `${REGS}/check-image`, { imageRef })

  it('allows an image under an enabled pattern, naming the registry and pattern', async () => {
    const result = parse(CheckImageResult, await check('mei', 'ghcr.io/acme-immuno/netmhcpan-binding:2.1.0'))
    expect(result).toMatchObject({
      allowed: true,
      normalizedRef: 'ghcr.io/acme-immuno/netmhcpan-binding:2.1.0',
      matched: { registryId: 'reg-0003', pattern: 'ghcr.io/acme-immuno/*' },
    })
    const hub = parse(CheckImageResult, await check('mei', 'acmeimmuno/peptide-length-qc:1.4.2'))
    expect(hub.matched?.registryId).toBe('reg-0004')
  })

  it("answers REGISTRY_UNAUTHORIZED (M13) for another org's namespace or a disabled registry, never naming their patterns", async () => {
    const other = await check('tomas', 'ghcr.io/hla-compass/peptide-length-qc:1.0.0')
    expect(other.status).toBe(200)
    expect(parse(CheckImageResult, other)).toEqual({
      allowed: false,
      normalizedRef: 'ghcr.io/hla-compass/peptide-length-qc:1.0.0',
      code: 'REGISTRY_UNAUTHORIZED',
      message:
        'REGISTRY_UNAUTHORIZED: ghcr.io/hla-compass/peptide-length-qc is not in a namespace registered for this organization.',
    })
    expect(other.text).not.toContain('hla-compass/*')
    const disabled = parse(CheckImageResult, await check('tomas', 'docker.io/acmearchive/old-tool:0.9'))
    expect(disabled).toMatchObject({ allowed: false, code: 'REGISTRY_UNAUTHORIZED' })
  })

  it('answers INVALID_IMAGE_REFERENCE with the reason, 422 for a missing body, 403 for a scientist', async () => {
    const invalid = parse(CheckImageResult, await check('tomas', 'ghcr.io/My-Org/module:1.0'))
    expect(invalid).toMatchObject({
      allowed: false,
      code: 'INVALID_IMAGE_REFERENCE',
      message: 'Repository paths are lowercase: write ghcr.io/my-org/module:1.0.',
    })
    expect((await post('tomas', `${REGS}/check-image`, {})).status).toBe(422)
    const scientist = await check('jonas', 'ghcr.io/acme-immuno/x:1')
    expect(scientist.status).toBe(403)
    expect(errorOf(scientist).details?.requiredRoles).toEqual(['admin', 'developer'])
  })
})

describe('session snapshot', () => {
  it('keeps session registries without any secret', async () => {
    const storage = new Map<string, string>()
    setPersistenceTarget({
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    })
    await post('tomas', REGS, {
      provider: 'ghcr',
      host: 'ghcr.io',
      namespaces: ['ghcr.io/acme-new/*'],
      credential: { username: 'bot', secret: SECRET },
    })
    await patch('tomas', 'reg-0003', { credential: { username: 'acme-ci-reader', secret: `${SECRET}-2` } })
    saveStores()
    const snapshot = [...storage.values()].join('')
    expect(snapshot).toContain('ghcr.io/acme-new/*')
    expect(snapshot).not.toContain(SECRET)
  })
})
