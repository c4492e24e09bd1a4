import type { z } from 'zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { AuditEventPage } from '../../src/shared/contract/organizations'
import { CheckImageResult, Registry, RegistryPage, TestResult } from '../../src/shared/contract/registries'
import { saveStores, setPersistenceTarget } from '../runtime/persistence'
import { AS, callApi } from '../testing'

const USERS = { priya: AS.priya, tomas: AS.tomas, mei: AS.mei, jonas: AS.jonas }
type Who = keyof typeof USERS

const call = (who: Who, path: string, init: { method?: string; body?: unknown; key?: string } = {}) =>
  callApi(USERS[who], path, init)
const parse = <S extends z.ZodType>(schema: S, reply: { json: unknown }): z.output<S> => schema.parse(reply.json)
const errorOf = (reply: { json: unknown }) => ErrorEnvelope.parse(reply.json).error

const REGS = '/v1/organizations/org-0002/registries'
const AUDIT = '/v1/organizations/org-0002/audit-events?limit=100'
const SECRET = 'ghp_Sup3rSecretTokenValue0123456789'
const ECR = '123456789012.dkr.ecr.eu-central-1.amazonaws.com'
const post = (who: Who, path: string, body: unknown, key?: string) => call(who, path, { method: 'POST', body, key })
const patch = (who: Who, id: string, body: unknown) => call(who, `${REGS}/${id}`, { method: 'PATCH', body })

describe('registry list', () => {
  it('lists the org registries in stored order for an admin and a developer, without secrets', async () => {
    for (const who of ['tomas', 'mei'] as const) {
      const page = parse(RegistryPage, await call(who, REGS))
      expect(page.items.map((r) => r.id)).toEqual(['reg-0003', 'reg-0004', 'reg-0005', 'reg-0006', 'reg-0007'])
      expect(new Set(page.items.map((r) => r.provider))).toEqual(new Set(['ghcr', 'dockerhub', 'ecr']))
    }
    const page = parse(RegistryPage, await call('tomas', `${REGS}?limit=2`))
    const rest = parse(RegistryPage, await call('tomas', `${REGS}?limit=2&cursor=${encodeURIComponent(page.nextCursor!)}`))
    expect(rest.items.map((r) => r.id)).toEqual(['reg-0005', 'reg-0006'])
  })

  it('is refused to a scientist (403) and answers 404 for another org', async () => {
    const reply = await call('jonas', REGS)
    expect(reply.status).toBe(403)
    expect(errorOf(reply).details?.requiredRoles).toEqual(['admin', 'developer'])
    expect((await call('tomas', '/v1/organizations/org-0003/registries')).status).toBe(404)
    expect((await call('priya', '/v1/organizations/org-0003/registries')).status).toBe(200)
  })
})

describe('registry create', () => {
  it('stores canonical, de-duplicated patterns and drops the secret on receipt', async () => {
    const body = {
      provider: 'dockerhub',
      host: 'index.docker.io',
      namespaces: ['index.docker.io/acme-tools/*', 'docker.io/acme-tools/*', 'docker.io/acme-tools/qc/**'],
      credential: { username: 'acmeimmuno', secret: SECRET, expiresAt: '2026-06-30' },
    }
    const reply = await post('tomas', REGS, body)
    expect(reply.status).toBe(201)
    const created = parse(Registry, reply)
    expect(created).toMatchObject({
      host: 'docker.io',
      namespaces: ['docker.io/acme-tools/*', 'docker.io/acme-tools/qc/**'],
      enabled: false,
      credential: { hasSecret: true, credentialType: 'token', username: 'acmeimmuno', expiresAt: '2026-06-30T00:00:00.000Z' },
    })
    const list = await call('tomas', REGS)
    const audit = await call('tomas', AUDIT)
    expect(parse(AuditEventPage, audit).items[0]).toMatchObject({ action: 'registry.created', target: { id: created.id } })
    for (const text of [reply.text, list.text, audit.text]) expect(text).not.toContain(SECRET)
  })

  it('answers 422 with the exact §7 message on namespaces[i]', async () => {
    const reply = await post('tomas', REGS, { provider: 'ghcr', host: 'ghcr.io', namespaces: ['ghcr.io/*'] })
    expect(reply.status).toBe(422)
    expect(errorOf(reply)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        fields: [
          {
            field: 'namespaces[0]',
            message: 'Too broad: on ghcr.io the first segment is an account; write it out, as in ghcr.io/my-org/*.',
          },
        ],
      },
    })
    const second = await post('tomas', REGS, {
      provider: 'dockerhub',
      host: 'docker.io',
      namespaces: ['docker.io/acme-x/*', 'docker.io/library/*'],
    })
    expect(errorOf(second).details?.fields).toEqual([
      { field: 'namespaces[1]', message: "docker.io/library holds Docker's official images, which no organization owns." },
    ])
  })

  it('checks the host against the provider', async () => {
    const ghcr = await post('tomas', REGS, { provider: 'ghcr', host: 'docker.io', namespaces: ['docker.io/acme/*'] })
    expect(ghcr.status).toBe(422)
    expect(errorOf(ghcr).details?.fields?.[0]?.field).toBe('host')
    const ecr = await post('tomas', REGS, {
      provider: 'ecr',
      host: '12345.dkr.ecr.eu-central-1.amazonaws.com',
      namespaces: ['x/*'],
    })
    expect(errorOf(ecr).details?.fields?.[0]?.field).toBe('host')
  })

  it('answers 409 duplicate_pattern naming the registry that owns the pattern', async () => {
    const reply = await post('tomas', REGS, { provider: 'ghcr', host: 'ghcr.io', namespaces: ['GHCR.IO/acme-immuno/*'] })
    expect(reply.status).toBe(409)
    expect(errorOf(reply).details).toEqual({
      reason: 'duplicate_pattern',
      pattern: 'ghcr.io/acme-immuno/*',
      registryId: 'reg-0003',
      host: 'ghcr.io',
    })
  })

  it('refuses enabled: true together with a credential (no passing test yet)', async () => {
    const reply = await post('tomas', REGS, {
      provider: 'ghcr',
      host: 'ghcr.io',
      namespaces: ['ghcr.io/acme-new/*'],
      enabled: true,
      credential: { username: 'u', secret: SECRET },
    })
    expect(reply.status).toBe(422)
    expect(errorOf(reply).details?.fields?.[0]?.field).toBe('enabled')
    expect(reply.text).not.toContain(SECRET)
  })

  it('is refused to a developer (403 admin) and answers 404 for another org', async () => {
    const body = { provider: 'ghcr', host: 'ghcr.io', namespaces: ['ghcr.io/acme-new/*'] }
    const reply = await post('mei', REGS, body)
    expect(reply.status).toBe(403)
    expect(errorOf(reply).details?.requiredRoles).toEqual(['admin'])
    expect((await post('tomas', '/v1/organizations/org-0003/registries', body)).status).toBe(404)
  })

  it('replays a create sent twice with the same Idempotency-Key: one registry', async () => {
    const key = crypto.randomUUID()
    const body = { provider: 'ghcr', host: 'ghcr.io', namespaces: ['ghcr.io/acme-new/*'] }
    const first = await post('tomas', REGS, body, key)
    const second = await post('tomas', REGS, body, key)
    expect([first.status, second.status]).toEqual([201, 201])
    expect(parse(Registry, second).id).toBe(parse(Registry, first).id)
    expect(parse(RegistryPage, await call('tomas', REGS)).total).toBe(6)
  })
})

describe('registry update and delete', () => {
  it('clears the credential and last test when the host changes without a new credential', async () => {
    const host = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
    const reply = await patch('tomas', 'reg-0005', { host, namespaces: [`${host}/hla/**`] })
    expect(reply.status).toBe(200)
    const updated = parse(Registry, reply)
    expect(updated).toMatchObject({ host, namespaces: [`${host}/hla/**`], credential: null })
    expect(updated.lastTest).toBeUndefined()
    const event = parse(AuditEventPage, await call('tomas', AUDIT)).items[0]
    expect(event?.action).toBe('registry.updated')
    expect(event?.changes).toContainEqual({ field: 'credential.hasSecret', from: true, to: false })
  })

  it('re-checks stored patterns against a new host', async () => {
    const reply = await patch('tomas', 'reg-0005', { host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com' })
    expect(reply.status).toBe(422)
    expect(errorOf(reply).details?.fields?.[0]?.field).toBe('namespaces[0]')
  })

  it('rotates a credential: rotatedAt set, registry.secret_rotated written, secret nowhere', async () => {
    const reply = await patch('tomas', 'reg-0003', { credential: { username: 'acme-ci-reader', secret: SECRET } })
    const rotated = parse(Registry, reply)
    expect(rotated.credential).toMatchObject({ hasSecret: true, rotatedAt: expect.any(String) })
    const audit = await call('tomas', AUDIT)
    const event = parse(AuditEventPage, audit).items.find((e) => e.action === 'registry.secret_rotated')
    expect(event?.changes).toEqual([{ field: 'credential.rotatedAt', from: null, to: rotated.credential!.rotatedAt }])
    for (const text of [reply.text, audit.text]) expect(text).not.toContain(SECRET)
  })

  it('keeps an omitted credential and removes a null one', async () => {
    const kept = parse(
      Registry,
      await patch('tomas', 'reg-0003', { namespaces: ['ghcr.io/acme-immuno/*', 'ghcr.io/acme-immuno-labs/*'] }),
    )
    expect(kept.credential?.username).toBe('acme-ci-reader')
    const removed = parse(Registry, await patch('tomas', 'reg-0003', { credential: null }))
    expect(removed.credential).toBeNull()
  })

  it('enables a private registry only after a passing test', async () => {
    const refused = await patch('tomas', 'reg-0007', { enabled: true })
    expect(refused.status).toBe(422)
    expect(errorOf(refused).details?.fields?.[0]?.field).toBe('enabled')
    const test = parse(TestResult, await post('tomas', `${REGS}/reg-0007/test`, { credential: { secret: SECRET } }))
    expect(test.code).toBe('OK')
    const enabled = await patch('tomas', 'reg-0007', {
      enabled: true,
      credential: { username: 'AKIAQ3EXAMPLESANDBOX', secret: SECRET },
    })
    expect(enabled.status).toBe(200)
    expect(parse(Registry, enabled).enabled).toBe(true)
  })

  it('deletes (204), audits it, then answers 404', async () => {
    expect((await call('tomas', `${REGS}/reg-0006`, { method: 'DELETE' })).status).toBe(204)
    expect(parse(RegistryPage, await call('tomas', REGS)).items.map((r) => r.id)).not.toContain('reg-0006')
    expect(parse(AuditEventPage, await call('tomas', AUDIT)).items[0]).toMatchObject({
      action: 'registry.deleted',
      target: { id: 'reg-0006' },
    })
    expect((await call('tomas', `${REGS}/reg-0006`, { method: 'DELETE' })).status).toBe(404)
    expect((await call('mei', `${REGS}/reg-0004`, { method: 'DELETE' })).status).toBe(403)
  })
})

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
