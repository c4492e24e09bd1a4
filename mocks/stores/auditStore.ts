import type { z } from '../../src/shared/contract/zod'
import type { AuditEvent } from '../../src/shared/contract/organizations'
import type { Role } from '../../src/shared/contract/primitives'
import { homeRegistrySeed } from '../fixtures/registries'
import { HOME_ORGS } from '../fixtures/orgIds'
import { findUser } from '../fixtures/users'
import type { Actor } from '../runtime/api'
import { nowIso } from '../runtime/clock'
import { registerStore } from '../runtime/persistence'
import { createRng, seedOf } from '../runtime/prng'
import { dataSet } from '../runtime/scenario'
import { homeDataGrantSeed } from './orgDataGrants'
import { homeModuleGrantSeed } from './orgModuleGrants'

export type AuditEventBody = z.input<typeof AuditEvent>
export type AuditChange = AuditEventBody['changes'][number]
export type AuditInput = Omit<AuditEventBody, 'id' | 'at' | 'changes'> & { changes?: AuditChange[] }
export type AuditFilters = { action?: string; targetType?: string; fromMs?: number; toMs?: number }

const FIRST_WRITTEN = 100_001
let seeded: AuditEventBody[] = []
let written: AuditEventBody[] = []
let nextSeq = FIRST_WRITTEN

// Ids sort like their sequence, so "newest first, ties by id" also orders events written within one frozen instant.
const eventId = (seq: number) => `evt-${String(seq).padStart(6, '0')}`

/** The actor as an audit event names them: a superuser acts as superuser, others with their first role. */
export function actorRef(actor: Actor): AuditEventBody['actor'] {
  const role: Role | undefined = actor.isSuperuser ? 'superuser' : actor.roles[0]
  return { userId: actor.userId, name: actor.name, ...(role ? { role } : {}) }
}

/** Registries are labelled by their first pattern: two Docker Hub entries share a host but never a pattern. */
export const registryLabel = (registry: { host: string; namespaces: readonly string[] }) =>
  registry.namespaces[0] ?? registry.host

/**
 * Writes an event (api-contract §7). Refuses any change carrying a `secret` key: a handler bug must fail loudly in the
 * tests rather than put a secret into the audit trail or the session snapshot.
 */
export function recordAudit(input: AuditInput): AuditEventBody {
  const changes = input.changes ?? []
  if (/"secret"\s*:/.test(JSON.stringify(changes))) throw new Error('An audit event must never carry a secret.')
  const event: AuditEventBody = { ...input, id: eventId(nextSeq), at: nowIso(), changes }
  nextSeq += 1
  written.push(event)
  return event
}

/** An organization's events, newest first, filtered as `GET …/audit-events` asks (action: exact or a prefix ending in "."). */
export function listAuditEvents(orgId: string, filters: AuditFilters): AuditEventBody[] {
  const { action, targetType, fromMs, toMs } = filters
  return [...seeded, ...written]
    .filter((event) => event.orgId === orgId)
    .filter((event) => !action || (action.endsWith('.') ? event.action.startsWith(action) : event.action === action))
    .filter((event) => !targetType || event.target.type === targetType)
    .filter((event) => fromMs === undefined || Date.parse(String(event.at)) >= fromMs)
    .filter((event) => toMs === undefined || Date.parse(String(event.at)) < toMs)
    .sort((a, b) => Date.parse(String(b.at)) - Date.parse(String(a.at)) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

type Draft = Omit<AuditEventBody, 'id' | 'requestId'>

const actorOf = (userId: string): AuditEventBody['actor'] => {
  const user = findUser(userId)!
  const role: Role = user.isSuperuser ? 'superuser' : (user.memberships[0]?.roles[0] ?? 'admin')
  return { userId, name: user.name, role }
}

/** The history behind the seeded registries and grants of the home organizations, so the Audit tab is never blank. */
function seedHistory(): AuditEventBody[] {
  if (dataSet() === 'empty') return []
  const drafts: Draft[] = []
  for (const { id: orgId } of HOME_ORGS) {
    for (const registry of homeRegistrySeed(orgId)) {
      const target = { type: 'registry', id: registry.id, label: registryLabel(registry) }
      const credential = registry.credential
      drafts.push({
        at: registry.createdAt,
        orgId,
        actor: actorOf(registry.createdBy.userId),
        action: 'registry.created',
        target,
        changes: [
          { field: 'host', from: null, to: registry.host },
          { field: 'namespaces', from: null, to: registry.namespaces },
          // A public entry that is disabled now was created enabled and switched off later (the `registry.updated` below).
          { field: 'enabled', from: null, to: registry.enabled || credential === null },
          { field: 'credential.hasSecret', from: null, to: credential !== null },
          ...(credential?.username ? [{ field: 'credential.username', from: null, to: credential.username }] : []),
        ],
      })
      if (credential?.rotatedAt)
        drafts.push({
          at: credential.rotatedAt,
          orgId,
          actor: actorOf(registry.createdBy.userId),
          action: 'registry.secret_rotated',
          target,
          changes: [{ field: 'credential.rotatedAt', from: null, to: credential.rotatedAt }],
        })
      if (!registry.enabled && credential === null)
        drafts.push({
          at: registry.updatedAt,
          orgId,
          actor: actorOf(registry.createdBy.userId),
          action: 'registry.updated',
          target,
          changes: [{ field: 'enabled', from: true, to: false }],
        })
      if (registry.lastTest)
        drafts.push({
          at: registry.lastTest.at,
          orgId,
          actor: actorOf(registry.createdBy.userId),
          action: 'registry.tested',
          target,
          changes: [],
          outcome: { ok: registry.lastTest.ok, code: registry.lastTest.code },
        })
    }
    for (const grant of homeModuleGrantSeed(orgId))
      drafts.push({
        at: grant.grantedAt,
        orgId,
        actor: actorOf(grant.grantedBy.userId),
        action: 'module_grant.created',
        target: { type: 'module', id: grant.moduleId, label: grant.displayName ?? grant.moduleName },
        changes: [{ field: 'granted', from: false, to: true }],
      })
    for (const grant of homeDataGrantSeed(orgId)) {
      if (grant.status === 'pending' || !grant.decidedAt || !grant.decidedBy) continue
      drafts.push({
        at: grant.decidedAt,
        orgId,
        actor: actorOf(grant.decidedBy.userId),
        action: grant.status === 'approved' ? 'data_grant.approved' : 'data_grant.rejected',
        target: { type: 'data_grant', id: grant.id, label: `${grant.provider}/${grant.catalog}` },
        changes: [
          { field: 'status', from: 'pending', to: grant.status },
          ...(grant.decisionReason ? [{ field: 'decisionReason', from: null, to: grant.decisionReason }] : []),
        ],
      })
    }
  }
  drafts.sort((a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)))
  const rng = createRng(seedOf('audit-history'))
  const uuid = () => `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`
  return drafts.map((draft, i) => ({ ...draft, id: eventId(i + 1), requestId: uuid() }))
}

registerStore({
  name: 'audit-events',
  reset: () => {
    seeded = seedHistory()
    written = []
    nextSeq = FIRST_WRITTEN
  },
  // Only what this session wrote: the seeded history is rebuilt from the seed.
  snapshot: () => ({ written, nextSeq }),
  restore: (state) => {
    const saved = (state ?? {}) as { written?: AuditEventBody[]; nextSeq?: number }
    written = Array.isArray(saved.written) ? saved.written : []
    nextSeq = typeof saved.nextSeq === 'number' ? saved.nextSeq : FIRST_WRITTEN
  },
})
