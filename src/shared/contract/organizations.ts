import { z } from './zod'
import { Act, Count, cursorPage, openEnum, Role, Timestamp, UserRef } from './primitives'

export const TRUST_TIERS = ['community', 'verified', 'internal'] as const
export const TrustTier = openEnum(TRUST_TIERS)
export type TrustTier = z.infer<typeof TrustTier>

export const PLANS = ['developer', 'foundational', 'advanced', 'strategic'] as const
export const Plan = openEnum(PLANS)
export type Plan = z.infer<typeof Plan>

export const ORG_STATUSES = ['active', 'suspended'] as const
export const OrgStatus = openEnum(ORG_STATUSES)

export const ORG_SORTS = ['name', '-name', 'createdAt', '-createdAt', 'memberCount', '-memberCount'] as const
export type OrgSort = (typeof ORG_SORTS)[number]

/** A row of `GET /v1/organizations` (api-contract §7). */
export const OrganizationSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  tier: TrustTier,
  plan: Plan,
  status: OrgStatus,
  memberCount: Count,
  registryCount: Count,
  moduleGrantCount: Count,
  pendingDataGrantCount: Count,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type OrganizationSummary = z.infer<typeof OrganizationSummary>
export const OrganizationPage = cursorPage(OrganizationSummary)
export type OrganizationPage = z.infer<typeof OrganizationPage>

/** `GET /v1/organizations/{orgId}`. */
export const Organization = z.extend(OrganizationSummary, {
  credits: z.optional(z.object({ balanceAct: Act, usedThisMonthAct: Act })),
})
export type Organization = z.infer<typeof Organization>

export const Member = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(Role),
  joinedAt: Timestamp,
  lastActiveAt: z.optional(Timestamp),
})
export type Member = z.infer<typeof Member>
export const MemberPage = cursorPage(Member)

export const ModuleGrant = z.object({
  moduleId: z.string(),
  moduleName: z.string(),
  displayName: z.optional(z.string()),
  grantedAt: Timestamp,
  grantedBy: UserRef,
})
export type ModuleGrant = z.infer<typeof ModuleGrant>
export const ModuleGrantPage = cursorPage(ModuleGrant)
export const ModuleGrantCreate = z.object({ moduleId: z.string().check(z.minLength(1)) })

export const DATA_GRANT_STATUSES = ['pending', 'approved', 'rejected'] as const
export const DataGrant = z.object({
  id: z.string(),
  provider: z.string(),
  catalog: z.string(),
  datasets: z.array(z.string()),
  access: openEnum(['read', 'write']),
  status: openEnum(DATA_GRANT_STATUSES),
  requestedAt: Timestamp,
  requestedBy: UserRef,
  justification: z.optional(z.string()),
  decidedAt: z.optional(Timestamp),
  decidedBy: z.optional(UserRef),
  decisionReason: z.optional(z.string()),
})
export type DataGrant = z.infer<typeof DataGrant>
export const DataGrantPage = cursorPage(DataGrant)
export const DataGrantReject = z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)) })

export const AUDIT_ACTIONS = [
  'registry.created',
  'registry.updated',
  'registry.secret_rotated',
  'registry.deleted',
  'registry.tested',
  'module_grant.created',
  'module_grant.deleted',
  'data_grant.approved',
  'data_grant.rejected',
] as const
/** An audit event; `changes` never carry a secret (api-contract §7). */
export const AuditEvent = z.object({
  id: z.string(),
  at: Timestamp,
  orgId: z.string(),
  actor: z.object({ userId: z.string(), name: z.string(), role: z.optional(Role) }),
  action: openEnum(AUDIT_ACTIONS),
  target: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  outcome: z.optional(z.object({ ok: z.boolean(), code: z.string() })),
  requestId: z.string(),
})
export type AuditEvent = z.infer<typeof AuditEvent>
export const AuditEventPage = cursorPage(AuditEvent)
