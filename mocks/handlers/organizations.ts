import type { HttpHandler } from 'msw'
import { http } from '../runtime/http'
import {
  AuditEventPage,
  DATA_GRANT_STATUSES,
  DataGrant,
  DataGrantPage,
  DataGrantReject,
  MemberPage,
  ModuleGrant,
  ModuleGrantCreate,
  ModuleGrantPage,
  ORG_SORTS,
  ORG_STATUSES,
  Organization,
  OrganizationPage,
  PLANS,
  TRUST_TIERS,
} from '../../src/shared/contract/organizations'
import { ROLES } from '../../src/shared/contract/primitives'
import {
  conflict,
  json,
  noContent,
  notFound,
  requireOrgAccess,
  requireRoles,
  validationFailed,
  withApi,
  type ApiContext,
} from '../runtime/api'
import { readJson, route } from '../runtime/route'
import { parseBody } from '../runtime/validate'
import { actorRef, listAuditEvents, recordAudit } from '../stores/auditStore'
import { allOrganizations, findOrganization, memberCountOf, type OrganizationRecord } from '../stores/organizationStore'
import { dataGrantsOf, decideDataGrant, findDataGrant } from '../stores/orgDataGrants'
import { membersOf } from '../stores/orgMembers'
import { addModuleGrant, isKnownModule, moduleGrantsOf, removeModuleGrant } from '../stores/orgModuleGrants'
import { byThenId, pageOf, readEnum, readPage, readSearch, readTime } from '../stores/orgPaging'
import { organizationDetail, organizationSummary } from '../stores/orgSummary'

const LIST_LIMITS = { defaultLimit: 50, maxLimit: 100 }

/** The org named in the path, after the access rule: another organization's objects answer 404 (api-contract §3). */
function orgOf({ actor, params }: ApiContext): OrganizationRecord {
  const orgId = String(params.orgId)
  requireOrgAccess(actor, orgId)
  const org = findOrganization(orgId)
  if (!org) throw notFound(`Organization ${orgId}`)
  return org
}

/** Members, audit events and grants: superuser, or admin of the own organization (api-contract §3). */
function adminOrgOf(context: ApiContext, what: string): OrganizationRecord {
  const org = orgOf(context)
  requireRoles(context.actor, ['admin'], what)
  return org
}

const ORG_ORDER: Record<(typeof ORG_SORTS)[number], (a: OrganizationRecord, b: OrganizationRecord) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, 'en'),
  '-name': (a, b) => b.name.localeCompare(a.name, 'en'),
  createdAt: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  '-createdAt': (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
  memberCount: (a, b) => memberCountOf(a) - memberCountOf(b),
  '-memberCount': (a, b) => memberCountOf(b) - memberCountOf(a),
}

function listOrganizations({ actor, url }: ApiContext): Response {
  requireRoles(actor, ['superuser'], 'Listing organizations')
  const q = readSearch(url)
  const tier = readEnum(url, 'tier', TRUST_TIERS)
  const plan = readEnum(url, 'plan', PLANS)
  const status = readEnum(url, 'status', ORG_STATUSES)
  const sort = readEnum(url, 'sort', ORG_SORTS) ?? 'name'
  const page = readPage(url, { q, tier, plan, status, sort }, LIST_LIMITS)
  const rows = allOrganizations()
    .filter((org) => !q || [org.name, org.slug, org.id].some((text) => text.toLowerCase().includes(q)))
    .filter((org) => (!tier || org.tier === tier) && (!plan || org.plan === plan) && (!status || org.status === status))
    .sort(byThenId(ORG_ORDER[sort]))
  const { items, nextCursor } = pageOf(rows, page)
  return json(OrganizationPage, { items: items.map(organizationSummary), nextCursor, total: rows.length })
}

function listMembers(context: ApiContext): Response {
  const org = adminOrgOf(context, 'Viewing members')
  const q = readSearch(context.url)
  const role = readEnum(context.url, 'role', ROLES)
  const page = readPage(context.url, { q, role }, LIST_LIMITS)
  const rows = membersOf(org)
    .filter((member) => !q || member.name.toLowerCase().includes(q) || member.email.toLowerCase().includes(q))
    .filter((member) => !role || member.roles.includes(role))
  return json(MemberPage, { ...pageOf(rows, page), total: rows.length })
}

function listModuleGrants(context: ApiContext): Response {
  const org = adminOrgOf(context, 'Viewing module grants')
  const rows = moduleGrantsOf(org.id)
  return json(ModuleGrantPage, { ...pageOf(rows, readPage(context.url, {}, LIST_LIMITS)), total: rows.length })
}

async function createModuleGrant(context: ApiContext): Promise<Response> {
  const org = adminOrgOf(context, 'Granting modules')
  const { moduleId } = parseBody(ModuleGrantCreate, await readJson(context.request))
  if (!isKnownModule(moduleId))
    throw validationFailed('The module is not in the catalog.', [{ field: 'moduleId', message: `No module ${moduleId} exists.` }])
  const { grant, created } = addModuleGrant(org.id, moduleId, { userId: context.actor.userId, name: context.actor.name })
  if (created)
    recordAudit({
      orgId: org.id,
      actor: actorRef(context.actor),
      action: 'module_grant.created',
      requestId: context.requestId,
      target: { type: 'module', id: moduleId, label: grant.displayName ?? grant.moduleName },
      changes: [{ field: 'granted', from: false, to: true }],
    })
  return json(ModuleGrant, grant, created ? 201 : 200)
}

function deleteModuleGrant(context: ApiContext): Response {
  const org = adminOrgOf(context, 'Revoking module grants')
  const moduleId = String(context.params.moduleId)
  const removed = removeModuleGrant(org.id, moduleId)
  if (!removed) throw notFound(`A grant of ${moduleId} to ${org.id}`)
  recordAudit({
    orgId: org.id,
    actor: actorRef(context.actor),
    action: 'module_grant.deleted',
    requestId: context.requestId,
    target: { type: 'module', id: moduleId, label: removed.displayName ?? removed.moduleName },
    changes: [{ field: 'granted', from: true, to: false }],
  })
  return noContent()
}

function listDataGrants(context: ApiContext): Response {
  const org = adminOrgOf(context, 'Viewing data grants')
  const status = readEnum(context.url, 'status', DATA_GRANT_STATUSES)
  const page = readPage(context.url, { status }, LIST_LIMITS)
  const rows = dataGrantsOf(org.id).filter((grant) => !status || grant.status === status)
  return json(DataGrantPage, { ...pageOf(rows, page), total: rows.length })
}

/** Approve or reject: only a pending request can be decided (409 `not_pending` otherwise). */
async function decide(context: ApiContext, decision: 'approved' | 'rejected'): Promise<Response> {
  const org = adminOrgOf(context, 'Deciding data grants')
  const reason = decision === 'rejected' ? parseBody(DataGrantReject, await readJson(context.request)).reason : undefined
  const grantId = String(context.params.grantId)
  const grant = findDataGrant(org.id, grantId)
  if (!grant) throw notFound(`Data grant ${grantId}`)
  if (grant.status !== 'pending')
    throw conflict(`Data grant ${grantId} was already ${grant.status}.`, { reason: 'not_pending', status: grant.status })
  const decided = decideDataGrant(org.id, grantId, decision, { userId: context.actor.userId, name: context.actor.name }, reason)
  recordAudit({
    orgId: org.id,
    actor: actorRef(context.actor),
    requestId: context.requestId,
    action: decision === 'approved' ? 'data_grant.approved' : 'data_grant.rejected',
    target: { type: 'data_grant', id: grantId, label: `${grant.provider}/${grant.catalog}` },
    changes: [
      { field: 'status', from: 'pending', to: decision },
      ...(reason !== undefined ? [{ field: 'decisionReason', from: null, to: reason }] : []),
    ],
  })
  return json(DataGrant, decided)
}

function listAudit(context: ApiContext): Response {
  const org = adminOrgOf(context, 'Viewing the audit log')
  const { url } = context
  const action = url.searchParams.get('action')?.trim() || undefined
  const targetType = url.searchParams.get('targetType')?.trim() || undefined
  const fromMs = readTime(url, 'from')
  const toMs = readTime(url, 'to')
  const page = readPage(url, { action, targetType, fromMs, toMs }, LIST_LIMITS)
  const rows = listAuditEvents(org.id, { action, targetType, fromMs, toMs })
  return json(AuditEventPage, pageOf(rows, page))
}

/** Organizations, members, grants and the audit log (api-contract §7). */
export const organizationHandlers: HttpHandler[] = [
  http.get(route('organizations'), withApi('organizations', listOrganizations)),
  http.get(
    route('organization', 'orgId'),
    withApi('organization', (context) => json(Organization, organizationDetail(orgOf(context)))),
  ),
  http.get(route('members', 'orgId'), withApi('members', listMembers)),
  http.get(route('moduleGrants', 'orgId'), withApi('moduleGrants', listModuleGrants)),
  http.post(route('moduleGrants', 'orgId'), withApi('moduleGrants', createModuleGrant)),
  http.delete(route('moduleGrant', 'orgId', 'moduleId'), withApi('moduleGrant', deleteModuleGrant)),
  http.get(route('dataGrants', 'orgId'), withApi('dataGrants', listDataGrants)),
  http.post(
    route('dataGrantApprove', 'orgId', 'grantId'),
    withApi('dataGrantApprove', (c) => decide(c, 'approved')),
  ),
  http.post(
    route('dataGrantReject', 'orgId', 'grantId'),
    withApi('dataGrantReject', (c) => decide(c, 'rejected')),
  ),
  http.get(route('auditEvents', 'orgId'), withApi('auditEvents', listAudit)),
]
