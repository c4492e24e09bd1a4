import type { HttpHandler } from 'msw'
import { http } from '../runtime/http'
import { checkImage, validateNamespacePattern } from '../../src/shared/contract/imageRef'
import {
  CheckImageRequest,
  CheckImageResult,
  Registry,
  RegistryCreate,
  RegistryPage,
  RegistryPatch,
  RegistryTestRequest,
  TestResult,
  type Provider,
} from '../../src/shared/contract/registries'
import { json, noContent, notFound, requireOrgAccess, requireRoles, withApi, type ApiContext } from '../runtime/api'
import { nowIso } from '../runtime/clock'
import { readJson, route } from '../runtime/route'
import { parseBody } from '../runtime/validate'
import { actorRef, recordAudit, registryLabel, type AuditChange } from '../stores/auditStore'
import { findOrganization } from '../stores/organizationStore'
import { pageOf, readPage } from '../stores/orgPaging'
import {
  canonicalNamespaces,
  credentialFrom,
  enableNeedsTest,
  ensureNoDuplicatePatterns,
  judgeSecret,
  resolveHost,
  simulateConnectionTest,
  type RegistryRecord,
  type StoredCredential,
} from '../stores/orgRegistryRules'
import {
  findRegistry,
  insertRegistry,
  newRegistryId,
  registriesOf,
  removeRegistry,
  replaceRegistry,
  toRegistryBody,
} from '../stores/registryStore'

/** Registries of the org in the path, after the role table of api-contract §3 (other org → 404 first). */
function orgIdFor({ actor, params }: ApiContext, roles: ('admin' | 'developer')[], what: string): string {
  const orgId = String(params.orgId)
  requireOrgAccess(actor, orgId)
  if (!findOrganization(orgId)) throw notFound(`Organization ${orgId}`)
  requireRoles(actor, roles, what)
  return orgId
}
const READERS: ('admin' | 'developer')[] = ['admin', 'developer']
const WRITERS: ('admin' | 'developer')[] = ['admin']

function registryOf(orgId: string, context: ApiContext): RegistryRecord {
  const registryId = String(context.params.registryId)
  const registry = findRegistry(orgId, registryId)
  if (!registry) throw notFound(`Registry ${registryId}`)
  return registry
}

/** The non-secret fields an audit diff may name (api-contract §7); the secret has no entry here on purpose. */
function auditFacts(registry: RegistryRecord | null): Record<string, unknown> {
  return {
    host: registry?.host ?? null,
    namespaces: registry?.namespaces ?? null,
    enabled: registry?.enabled ?? null,
    'credential.hasSecret': registry ? (registry.credential?.hasSecret ?? false) : null,
    'credential.username': registry?.credential?.username ?? null,
    'credential.expiresAt': registry?.credential?.expiresAt ?? null,
  }
}

function diff(before: RegistryRecord | null, after: RegistryRecord | null): AuditChange[] {
  const from = auditFacts(before)
  const to = auditFacts(after)
  return Object.keys(to)
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, from: from[field], to: to[field] }))
}

function audit(
  context: ApiContext,
  orgId: string,
  action: string,
  registry: RegistryRecord,
  changes: AuditChange[],
  outcome?: { ok: boolean; code: string },
): void {
  recordAudit({
    orgId,
    actor: actorRef(context.actor),
    action,
    requestId: context.requestId,
    target: { type: 'registry', id: registry.id, label: registryLabel(registry) },
    changes,
    ...(outcome ? { outcome } : {}),
  })
}

function listRegistries(context: ApiContext): Response {
  const orgId = orgIdFor(context, READERS, 'Viewing registries')
  const rows = registriesOf(orgId).map(toRegistryBody)
  return json(RegistryPage, {
    ...pageOf(rows, readPage(context.url, {}, { defaultLimit: 50, maxLimit: 100 })),
    total: rows.length,
  })
}

async function createRegistry(context: ApiContext): Promise<Response> {
  const orgId = orgIdFor(context, WRITERS, 'Adding a registry')
  const body = parseBody(RegistryCreate, await readJson(context.request))
  const host = resolveHost(body.provider, body.host)
  const namespaces = canonicalNamespaces(body.namespaces, host)
  ensureNoDuplicatePatterns(namespaces, registriesOf(orgId))
  // The secret is judged and dropped here; only metadata goes on (api-contract §12).
  const credential = body.credential ? credentialFrom(body.credential, body.provider) : null
  // A new private entry has no passing test yet, so it starts disabled; a public one is enabled unless asked otherwise.
  if (credential && body.enabled === true) throw enableNeedsTest()
  const now = nowIso()
  const record: RegistryRecord = {
    id: newRegistryId(),
    provider: body.provider,
    host,
    namespaces,
    enabled: body.enabled ?? credential === null,
    credential,
    createdAt: now,
    createdBy: { userId: context.actor.userId, name: context.actor.name },
    updatedAt: now,
  }
  insertRegistry(orgId, record)
  audit(context, orgId, 'registry.created', record, diff(null, record))
  return json(Registry, toRegistryBody(record), 201)
}

async function updateRegistry(context: ApiContext): Promise<Response> {
  const orgId = orgIdFor(context, WRITERS, 'Changing a registry')
  const body = parseBody(RegistryPatch, await readJson(context.request))
  const current = registryOf(orgId, context)
  const provider = current.provider as Provider
  const host = body.host !== undefined ? resolveHost(provider, body.host) : current.host
  const hostChanged = host !== current.host
  // Stored patterns must still start with the host, so a host change re-checks them when no new ones come along.
  const namespaces =
    body.namespaces !== undefined || hostChanged
      ? canonicalNamespaces(body.namespaces ?? current.namespaces, host)
      : current.namespaces
  ensureNoDuplicatePatterns(
    namespaces,
    registriesOf(orgId).filter((registry) => registry.id !== current.id),
  )

  const now = nowIso()
  let credential: StoredCredential | null = current.credential
  let rotated = false
  if (body.credential === null) credential = null
  else if (body.credential) {
    const fresh = credentialFrom(body.credential, provider)
    rotated = current.credential !== null
    credential = rotated ? { ...fresh, createdAt: current.credential!.createdAt, rotatedAt: now } : fresh
  } else if (hostChanged) {
    // A secret never goes to a host it was not entered for (registry-patterns.md §6).
    credential = null
  }
  // A test against the old host says nothing about the new one.
  const lastTest = hostChanged ? undefined : current.lastTest
  const enabled = body.enabled ?? current.enabled
  if (enabled && !current.enabled && credential !== null && !lastTest?.ok) throw enableNeedsTest()

  const { lastTest: _old, ...rest } = current
  const next: RegistryRecord = {
    ...rest,
    host,
    namespaces,
    enabled,
    credential,
    ...(lastTest ? { lastTest } : {}),
    updatedAt: now,
  }
  replaceRegistry(orgId, next)
  const changes = diff(current, next)
  if (changes.length > 0) audit(context, orgId, 'registry.updated', next, changes)
  if (rotated)
    audit(context, orgId, 'registry.secret_rotated', next, [
      { field: 'credential.rotatedAt', from: current.credential?.rotatedAt ?? null, to: now },
    ])
  return json(Registry, toRegistryBody(next))
}

function deleteRegistry(context: ApiContext): Response {
  const orgId = orgIdFor(context, WRITERS, 'Deleting a registry')
  const current = registryOf(orgId, context)
  removeRegistry(orgId, current.id)
  audit(context, orgId, 'registry.deleted', current, diff(current, null))
  return noContent()
}

/** Tests a saved entry: always its stored host, with the stored secret or a newly typed one (checked before rotating). */
async function testSavedRegistry(context: ApiContext): Promise<Response> {
  const orgId = orgIdFor(context, WRITERS, 'Testing a registry')
  const body = parseBody(RegistryTestRequest, (await readJson(context.request)) ?? {})
  const current = registryOf(orgId, context)
  const typed = body.credential
  const credential = typed
    ? { username: typed.username ?? current.credential?.username, secretVerdict: judgeSecret(typed.secret) }
    : current.credential
  const outcome = simulateConnectionTest({
    provider: current.provider,
    host: current.host,
    namespaces: current.namespaces,
    credential,
  })
  const testedAt = nowIso()
  const usedStored = !typed && current.credential !== null && outcome.ok
  replaceRegistry(orgId, {
    ...current,
    lastTest: { at: testedAt, ...outcome },
    credential: usedStored ? { ...current.credential!, lastUsedAt: testedAt } : current.credential,
  })
  audit(context, orgId, 'registry.tested', current, [], { ok: outcome.ok, code: outcome.code })
  return json(TestResult, { ...outcome, testedAt })
}

/** Tests an unsaved entry with its own host and secret; nothing is stored and no audit event is written. */
async function testUnsavedRegistry(context: ApiContext): Promise<Response> {
  orgIdFor(context, WRITERS, 'Testing a registry')
  const body = parseBody(RegistryCreate, await readJson(context.request))
  const host = resolveHost(body.provider, body.host)
  // Only valid patterns name the pull scope; pattern errors are the form's business, not the connection's.
  const namespaces = body.namespaces.flatMap((pattern) => {
    const result = validateNamespacePattern(pattern, host)
    return result.ok ? [result.canonical] : []
  })
  const credential = body.credential ? credentialFrom(body.credential, body.provider) : null
  const outcome = simulateConnectionTest({ provider: body.provider, host, namespaces, credential })
  return json(TestResult, { ...outcome, testedAt: nowIso() })
}

/** The authoritative publish decision (registry-patterns.md §4): always 200 once the body is valid. */
async function checkImageRef(context: ApiContext): Promise<Response> {
  const orgId = orgIdFor(context, READERS, 'Checking an image reference')
  const { imageRef } = parseBody(CheckImageRequest, await readJson(context.request))
  return json(CheckImageResult, checkImage(imageRef, registriesOf(orgId)))
}

/** Registries of an organization (api-contract §8). Secrets are write-only: dropped on receipt, never sent back. */
export const registryHandlers: HttpHandler[] = [
  http.get(route('registries', 'orgId'), withApi('registries', listRegistries)),
  http.post(route('registries', 'orgId'), withApi('registries', createRegistry)),
  http.post(route('registryTestUnsaved', 'orgId'), withApi('registryTestUnsaved', testUnsavedRegistry)),
  http.post(route('registryCheckImage', 'orgId'), withApi('registryCheckImage', checkImageRef)),
  http.patch(route('registry', 'orgId', 'registryId'), withApi('registry', updateRegistry)),
  http.delete(route('registry', 'orgId', 'registryId'), withApi('registry', deleteRegistry)),
  http.post(route('registryTest', 'orgId', 'registryId'), withApi('registryTest', testSavedRegistry)),
]
