/**
 * Audit `changes[]` → what the Audit tab shows (api-contract §7): a scalar as "from → to", a list (such as `namespaces`)
 * as the items added and removed. Pure, so the rules are unit-tested apart from the UI.
 */
export type AuditChange = { field: string; from?: unknown; to?: unknown }

export type DiffPart =
  | { kind: 'value'; field: string; label: string; from: string; to: string }
  | { kind: 'list'; field: string; label: string; added: string[]; removed: string[]; kept: string[] }

const FIELD_LABELS: Record<string, string> = {
  host: 'Host',
  namespaces: 'Namespace patterns',
  enabled: 'Enabled',
  'credential.hasSecret': 'Credential stored',
  'credential.username': 'Username',
  'credential.expiresAt': 'Credential expires',
  'credential.rotatedAt': 'Secret rotated',
  granted: 'Granted',
  status: 'Status',
  decisionReason: 'Reason',
}

/** Shown for a value that is absent before a create or after a delete. */
export const NO_VALUE = '—'

// The server never sends a secret (api-contract §7); should one ever slip through, its value is still not shown.
const SECRET_FIELD = /(^|\.)(secret|password|token|accessKey|secretAccessKey)$/i

export const isSecretField = (field: string): boolean => SECRET_FIELD.test(field)

/** A readable label of a field; unknown fields are shown by their name. */
export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field

/** One value as text: absent → "—", booleans as yes/no, objects as JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return NO_VALUE
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}

const asList = (value: unknown): string[] | null => {
  if (Array.isArray(value)) return value.map(formatAuditValue)
  return value === null || value === undefined ? [] : null
}

/** One change as display parts; a list when either side is an array and the other is an array or absent. */
export function describeChange(change: AuditChange): DiffPart {
  const { field } = change
  const label = fieldLabel(field)
  const from = asList(change.from)
  const to = asList(change.to)
  if ((Array.isArray(change.from) || Array.isArray(change.to)) && from && to) {
    return {
      kind: 'list',
      field,
      label,
      added: to.filter((item) => !from.includes(item)),
      removed: from.filter((item) => !to.includes(item)),
      kept: to.filter((item) => from.includes(item)),
    }
  }
  return { kind: 'value', field, label, from: formatAuditValue(change.from), to: formatAuditValue(change.to) }
}

/** The displayable changes of an event: secret fields are left out. */
export const describeChanges = (changes: readonly AuditChange[]): DiffPart[] =>
  changes.filter((change) => !isSecretField(change.field)).map(describeChange)
