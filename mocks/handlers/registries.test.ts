import { AuditEventPage } from '../../src/shared/contract/organizations'
import { Registry, RegistryPage, TestResult } from '../../src/shared/contract/registries'
import { call, parse, errorOf, REGS, AUDIT, SECRET, post, patch } from './registryTestKit'

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
