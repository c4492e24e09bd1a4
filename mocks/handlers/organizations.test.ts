import { z } from '../../src/shared/contract/zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import {
  AuditEventPage,
  DataGrant,
  DataGrantPage,
  MemberPage,
  ModuleGrant,
  ModuleGrantPage,
  Organization,
  OrganizationPage,
} from '../../src/shared/contract/organizations'
import { restoreStores, saveStores, setPersistenceTarget } from '../runtime/persistence'
import { resetDemo, AS, callApi } from '../testing'
import { grantedModuleIds } from '../stores/organizationStore'

const USERS = { priya: AS.priya, tomas: AS.tomas, mei: AS.mei, jonas: AS.jonas }
type Who = keyof typeof USERS

const call = (who: Who, path: string, init: { method?: string; body?: unknown; key?: string } = {}) =>
  callApi(USERS[who], path, init)
const parse = <S extends z.core.$ZodType>(schema: S, reply: { json: unknown }): z.output<S> => z.parse(schema, reply.json)
const errorOf = (reply: { json: unknown }) => ErrorEnvelope.parse(reply.json).error

describe('GET /v1/organizations', () => {
  it('pages the default data set by name with cursors that never repeat or skip', async () => {
    const seen: string[] = []
    const names: string[] = []
    let cursor: string | null = ''
    while (cursor !== null) {
      const reply = await call('priya', `/v1/organizations?limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      expect(reply.status).toBe(200)
      const page = parse(OrganizationPage, reply)
      expect(page.total).toBe(43)
      seen.push(...page.items.map((org) => org.id))
      names.push(...page.items.map((org) => org.name))
      cursor = page.nextCursor
    }
    expect(seen).toHaveLength(43)
    expect(new Set(seen).size).toBe(43)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
  })

  it('filters by q (name, slug or id, case-insensitive), tier, plan and status; total counts the filtered set', async () => {
    const byName = parse(OrganizationPage, await call('priya', '/v1/organizations?q=ACME'))
    expect(byName.items.map((org) => org.id)).toEqual(['org-0002'])
    const bySlug = parse(OrganizationPage, await call('priya', '/v1/organizations?q=northwind-bio'))
    expect(bySlug.items.map((org) => org.id)).toEqual(['org-0003'])
    const byId = parse(OrganizationPage, await call('priya', '/v1/organizations?q=org-000'))
    expect(byId.total).toBe(9)

    const suspended = parse(OrganizationPage, await call('priya', '/v1/organizations?status=suspended&limit=100'))
    expect(suspended.total).toBeGreaterThanOrEqual(2)
    expect(suspended.items).toHaveLength(suspended.total!)
    expect(suspended.items.every((org) => org.status === 'suspended')).toBe(true)

    const combined = parse(OrganizationPage, await call('priya', '/v1/organizations?tier=internal&plan=strategic&limit=100'))
    expect(combined.items.map((org) => org.id)).toContain('org-0001')
    expect(combined.items.every((org) => org.tier === 'internal' && org.plan === 'strategic')).toBe(true)

    const bad = await call('priya', '/v1/organizations?tier=gold')
    expect(bad.status).toBe(400)
    expect(errorOf(bad).details?.fields?.[0]?.field).toBe('tier')
  })

  it('sorts by memberCount and createdAt in both directions', async () => {
    const down = parse(OrganizationPage, await call('priya', '/v1/organizations?sort=-memberCount&limit=100')).items
    expect(down.map((org) => org.memberCount)).toEqual([...down.map((org) => org.memberCount)].sort((a, b) => b - a))
    const up = parse(OrganizationPage, await call('priya', '/v1/organizations?sort=createdAt&limit=100')).items
    const times = up.map((org) => Date.parse(org.createdAt))
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('refuses a cursor issued for another sort or filter, and a forged one', async () => {
    const first = parse(OrganizationPage, await call('priya', '/v1/organizations?sort=name&limit=5'))
    const cursor = encodeURIComponent(first.nextCursor!)
    const otherSort = await call('priya', `/v1/organizations?sort=-name&limit=5&cursor=${cursor}`)
    expect(otherSort.status).toBe(400)
    expect(errorOf(otherSort)).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'cursor' }] } })
    const otherFilter = await call('priya', `/v1/organizations?sort=name&tier=verified&limit=5&cursor=${cursor}`)
    expect(otherFilter.status).toBe(400)
    expect((await call('priya', '/v1/organizations?cursor=not-a-cursor')).status).toBe(400)
    expect((await call('priya', `/v1/organizations?sort=name&limit=5&cursor=${cursor}`)).status).toBe(200)
  })

  it('has 1,000 organizations in `large`, only the home ones in `empty`, and clamps the limit to 100', async () => {
    resetDemo('large')
    const large = parse(OrganizationPage, await call('priya', '/v1/organizations?limit=500'))
    expect(large.total).toBe(1000)
    expect(large.items).toHaveLength(100)
    expect((await call('priya', '/v1/organizations/org-1000')).status).toBe(200)
    expect((await call('priya', '/v1/organizations/org-1001')).status).toBe(404)
    resetDemo('empty')
    const empty = parse(OrganizationPage, await call('priya', '/v1/organizations'))
    expect(empty.items.map((org) => org.id).sort()).toEqual(['org-0001', 'org-0002', 'org-0003'])
  })

  it('is for superusers only: 403 naming the role for an admin and a scientist', async () => {
    for (const who of ['tomas', 'jonas'] as const) {
      const reply = await call(who, '/v1/organizations')
      expect(reply.status).toBe(403)
      expect(errorOf(reply)).toMatchObject({ code: 'FORBIDDEN', details: { requiredRoles: ['superuser'] } })
    }
  })
})

describe('GET /v1/organizations/{orgId}', () => {
  it('shows counts that agree with the other stores, and credits', async () => {
    const org = parse(Organization, await call('jonas', '/v1/organizations/org-0002'))
    expect(org).toMatchObject({
      slug: 'acme-immunology',
      memberCount: 28,
      registryCount: 5,
      moduleGrantCount: 7,
      pendingDataGrantCount: 2,
    })
    expect(org.credits).toEqual({ balanceAct: 4120.5, usedThisMonthAct: 612.35 })
    const members = parse(MemberPage, await call('tomas', '/v1/organizations/org-0002/members'))
    expect(members.total).toBe(28)
  })

  it('answers 404 for another organization, and for one that does not exist', async () => {
    expect((await call('jonas', '/v1/organizations/org-0003')).status).toBe(404)
    expect((await call('priya', '/v1/organizations/org-0042')).status).toBe(200)
    expect((await call('priya', '/v1/organizations/org-9999')).status).toBe(404)
  })
})

describe('members', () => {
  it('lists demo users with their roles and generated members, filtered by q and role', async () => {
    const devs = parse(MemberPage, await call('tomas', '/v1/organizations/org-0002/members?role=developer&limit=100'))
    expect(devs.items.map((m) => m.userId)).toContain('usr-0003')
    expect(devs.items.every((m) => m.roles.includes('developer'))).toBe(true)
    const mei = parse(MemberPage, await call('tomas', '/v1/organizations/org-0002/members?q=MEI.LIN'))
    expect(mei.items).toEqual([expect.objectContaining({ userId: 'usr-0003', name: 'Mei Lin', roles: ['developer'] })])
    const superuser = parse(MemberPage, await call('priya', '/v1/organizations/org-0001/members?q=priya'))
    expect(superuser.items[0]?.roles).toEqual(['superuser', 'admin'])
  })

  it('is refused to a developer (403 admin) and to an admin of another org (404)', async () => {
    const reply = await call('mei', '/v1/organizations/org-0002/members')
    expect(reply.status).toBe(403)
    expect(errorOf(reply).details?.requiredRoles).toEqual(['admin'])
    expect((await call('tomas', '/v1/organizations/org-0003/members')).status).toBe(404)
  })
})

describe('module grants', () => {
  it('grants (201, then 200 with the same grant), revokes (204, then 404) and audits both', async () => {
    const before = parse(ModuleGrantPage, await call('tomas', '/v1/organizations/org-0002/module-grants'))
    expect(before.total).toBe(7)
    expect(before.items.map((g) => g.moduleId)).not.toContain('peptide-atlas-explorer')
    expect(grantedModuleIds('org-0002').has('peptide-atlas-explorer')).toBe(false)

    const body = { moduleId: 'peptide-atlas-explorer' }
    const created = await call('tomas', '/v1/organizations/org-0002/module-grants', { method: 'POST', body })
    expect(created.status).toBe(201)
    expect(parse(ModuleGrant, created)).toMatchObject({
      displayName: 'Peptide Atlas Explorer',
      grantedBy: { userId: 'usr-0002' },
    })
    const again = await call('tomas', '/v1/organizations/org-0002/module-grants', { method: 'POST', body })
    expect(again.status).toBe(200)
    expect(again.json).toEqual(created.json)
    expect(grantedModuleIds('org-0002').has('peptide-atlas-explorer')).toBe(true)

    const path = '/v1/organizations/org-0002/module-grants/peptide-atlas-explorer'
    expect((await call('tomas', path, { method: 'DELETE' })).status).toBe(204)
    expect((await call('tomas', path, { method: 'DELETE' })).status).toBe(404)

    const audit = parse(AuditEventPage, await call('tomas', '/v1/organizations/org-0002/audit-events?action=module_grant.'))
    expect(audit.items.slice(0, 2).map((e) => e.action)).toEqual(['module_grant.deleted', 'module_grant.created'])
    expect(audit.items[0]).toMatchObject({
      actor: { userId: 'usr-0002', role: 'admin' },
      target: { id: 'peptide-atlas-explorer' },
    })
  })

  it('refuses an unknown module with 422 on moduleId', async () => {
    const reply = await call('tomas', '/v1/organizations/org-0002/module-grants', { method: 'POST', body: { moduleId: 'nope' } })
    expect(reply.status).toBe(422)
    expect(errorOf(reply).details?.fields?.[0]?.field).toBe('moduleId')
  })
})

describe('data grants', () => {
  const base = '/v1/organizations/org-0002/data-grants'

  it('filters by status', async () => {
    const pending = parse(DataGrantPage, await call('tomas', `${base}?status=pending`))
    expect(pending.items.map((g) => g.id).sort()).toEqual(['dg-0004', 'dg-0005'])
    expect(pending.total).toBe(2)
  })

  it('rejects only with a reason of 1–500 characters, and only while pending', async () => {
    expect((await call('tomas', `${base}/dg-0004/reject`, { method: 'POST', body: {} })).status).toBe(422)
    const blank = await call('tomas', `${base}/dg-0004/reject`, { method: 'POST', body: { reason: '   ' } })
    expect(blank.status).toBe(422)
    expect(errorOf(blank).details?.fields?.[0]?.field).toBe('reason')
    const long = await call('tomas', `${base}/dg-0004/reject`, { method: 'POST', body: { reason: 'x'.repeat(501) } })
    expect(long.status).toBe(422)

    const reason = 'Sample metadata is covered by the existing grant dg-0002.'
    const rejected = await call('tomas', `${base}/dg-0004/reject`, { method: 'POST', body: { reason } })
    expect(rejected.status).toBe(200)
    expect(parse(DataGrant, rejected)).toMatchObject({
      status: 'rejected',
      decisionReason: reason,
      decidedBy: { userId: 'usr-0002' },
    })

    const twice = await call('tomas', `${base}/dg-0004/approve`, { method: 'POST' })
    expect(twice.status).toBe(409)
    expect(errorOf(twice).details?.reason).toBe('not_pending')
    expect((await call('tomas', `${base}/dg-0002/reject`, { method: 'POST', body: { reason } })).status).toBe(409)

    const org = parse(Organization, await call('tomas', '/v1/organizations/org-0002'))
    expect(org.pendingDataGrantCount).toBe(1)
  })

  it('approves a pending grant and writes the audit event', async () => {
    const approved = await call('tomas', `${base}/dg-0005/approve`, { method: 'POST' })
    expect(parse(DataGrant, approved).status).toBe('approved')
    const audit = parse(AuditEventPage, await call('tomas', '/v1/organizations/org-0002/audit-events?action=data_grant.approved'))
    expect(audit.items[0]).toMatchObject({
      target: { type: 'data_grant', id: 'dg-0005' },
      changes: [{ field: 'status', from: 'pending', to: 'approved' }],
    })
  })

  it('keeps decisions across a session reload (snapshot and restore)', async () => {
    const storage = new Map<string, string>()
    setPersistenceTarget({
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    })
    await call('tomas', `${base}/dg-0005/approve`, { method: 'POST' })
    saveStores()
    restoreStores()
    const grants = parse(DataGrantPage, await call('tomas', `${base}?status=approved`))
    expect(grants.items.map((g) => g.id)).toContain('dg-0005')
    const audit = parse(AuditEventPage, await call('tomas', '/v1/organizations/org-0002/audit-events?action=data_grant.approved'))
    expect(audit.items[0]?.target.id).toBe('dg-0005')
  })
})

describe('audit events', () => {
  const base = '/v1/organizations/org-0002/audit-events'

  it('lists newest first with prefix and exact action filters, targetType, from/to and cursor paging', async () => {
    const all = parse(AuditEventPage, await call('tomas', `${base}?limit=100`)).items
    const times = all.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(all.every((e) => e.orgId === 'org-0002')).toBe(true)

    const registry = parse(AuditEventPage, await call('tomas', `${base}?action=registry.&limit=100`)).items
    expect(registry.length).toBeGreaterThan(0)
    expect(registry.every((e) => e.action.startsWith('registry.'))).toBe(true)
    const exact = parse(AuditEventPage, await call('tomas', `${base}?action=registry&limit=100`)).items
    expect(exact).toEqual([])
    const modules = parse(AuditEventPage, await call('tomas', `${base}?targetType=module&limit=100`)).items
    expect(modules.every((e) => e.target.type === 'module')).toBe(true)

    const window = parse(
      AuditEventPage,
      await call('tomas', `${base}?from=2025-10-01T00:00:00Z&to=2026-01-01T00:00:00Z&limit=100`),
    ).items
    expect(window.length).toBeGreaterThan(0)
    expect(window.every((e) => e.at >= '2025-10-01' && e.at < '2026-01-01')).toBe(true)
    expect((await call('tomas', `${base}?from=yesterday`)).status).toBe(400)

    const first = parse(AuditEventPage, await call('tomas', `${base}?limit=3`))
    const second = parse(AuditEventPage, await call('tomas', `${base}?limit=3&cursor=${encodeURIComponent(first.nextCursor!)}`))
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.slice(0, 6).map((e) => e.id))
  })

  it('is for admins: a scientist gets 403', async () => {
    const reply = await call('jonas', base)
    expect(reply.status).toBe(403)
    expect(errorOf(reply).details?.requiredRoles).toEqual(['admin'])
  })
})
