/** A module's `results` as table rows, when they are a list of records (api-contract §6: no-ui results as a table). */
export type ResultTable = { columns: { key: string; numeric: boolean }[]; rows: Record<string, unknown>[] }

const MAX_COLUMNS = 30
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Columns in order of first appearance; `null` when `results` is not a non-empty list of records (shown as JSON). */
export function resultTableOf(results: unknown): ResultTable | null {
  if (!Array.isArray(results) || results.length === 0 || !results.every(isRecord)) return null
  const keys: string[] = []
  for (const row of results) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key)
  const columns = keys.slice(0, MAX_COLUMNS).map((key) => ({
    key,
    numeric: results.every((row) => row[key] === undefined || row[key] === null || typeof row[key] === 'number'),
  }))
  return { columns, rows: results }
}

/** A cell or summary value as text: nested values as compact JSON, never markup. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
