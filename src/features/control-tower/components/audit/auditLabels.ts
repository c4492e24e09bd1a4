import type { AuditEvent } from '@/shared/contract/organizations'

const ACTION_LABELS: Record<string, string> = {
  'registry.created': 'Registry added',
  'registry.updated': 'Registry changed',
  'registry.secret_rotated': 'Credential rotated',
  'registry.deleted': 'Registry deleted',
  'registry.tested': 'Connection tested',
  'module_grant.created': 'Module granted',
  'module_grant.deleted': 'Module revoked',
  'data_grant.approved': 'Data access approved',
  'data_grant.rejected': 'Data access rejected',
}

/** A readable label for a known action; a new action is shown raw (api-contract §7 "New values may appear"). */
export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action

const TARGET_LABELS: Record<string, string> = { registry: 'Registry', module: 'Module', data_grant: 'Data grant' }

export const targetTypeLabel = (type: string): string => TARGET_LABELS[type] ?? type

/** The action filter of the Audit tab: prefixes the API accepts (`action` ending in "."). */
export const ACTION_FILTERS = [
  { value: '', label: 'All actions' },
  { value: 'registry.', label: 'Registries' },
  { value: 'module_grant.', label: 'Module grants' },
  { value: 'data_grant.', label: 'Data grants' },
] as const

/** The outcome of a `*.tested` event: "OK", or the failure code. */
export const outcomeText = (outcome: NonNullable<AuditEvent['outcome']>): string => (outcome.ok ? 'OK' : outcome.code)
