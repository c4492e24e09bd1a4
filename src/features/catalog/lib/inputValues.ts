import type { Constraints, FormField, ScalarType } from './inputSchema'

/**
 * The launch form's values as typed (text stays text until submit, so a half-typed number is kept and explained) and
 * their conversion to the run's typed `parameters` (api-contract §6). Pure: the form and its tests share it.
 */
export type FormValue = string | boolean | string[]
export type FormValues = Record<string, FormValue>
export type Parameters = Record<string, unknown>

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The lines of a list field, trimmed, empty lines left out. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

function defaultOf(field: FormField): FormValue {
  const value = field.default
  switch (field.kind) {
    case 'boolean':
      return value === true
    case 'select':
      return field.options?.find((option) => option.raw === value)?.value ?? ''
    case 'multiselect':
      return Array.isArray(value)
        ? (field.options ?? []).filter((option) => value.includes(option.raw)).map((option) => option.value)
        : []
    case 'list':
      return Array.isArray(value) ? value.map(String).join('\n') : ''
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2)
    default:
      return value === undefined || value === null ? '' : String(value)
  }
}

/** The form's starting values: the manifest's defaults, empty where there is none. */
export function defaultValuesOf(fields: FormField[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field.key, defaultOf(field)]))
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The number a text holds, or a message saying why it is none. */
function parseNumber(text: string, type: 'number' | 'integer'): number | string {
  const trimmed = text.trim()
  if (!NUMBER.test(trimmed)) return type === 'integer' ? 'Enter a whole number.' : 'Enter a number, e.g. 0.01.'
  const value = Number(trimmed)
  if (type === 'integer' && !Number.isInteger(value)) return 'Enter a whole number (no decimals).'
  return value
}

function checkNumber(value: number, c: Constraints): string | undefined {
  if (c.minimum !== undefined && value < c.minimum) return `Must be at least ${c.minimum}.`
  if (c.maximum !== undefined && value > c.maximum) return `Must be at most ${c.maximum}.`
  if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) return `Must be greater than ${c.exclusiveMinimum}.`
  if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) return `Must be less than ${c.exclusiveMaximum}.`
  if (c.multipleOf !== undefined && Math.abs(value / c.multipleOf - Math.round(value / c.multipleOf)) > 1e-9)
    return `Must be a multiple of ${c.multipleOf}.`
  return undefined
}

function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(text)
  } catch {
    // A pattern this browser cannot compile is left to the server, which validates the same schema.
    return true
  }
}

function checkText(text: string, c: Constraints): string | undefined {
  const length = [...text].length
  if (c.minLength !== undefined && length < c.minLength)
    return `Needs at least ${plural(c.minLength, 'character')} (now ${length}).`
  if (c.maxLength !== undefined && length > c.maxLength)
    return `Allows at most ${plural(c.maxLength, 'character')} (now ${length}).`
  if (c.pattern && !matches(c.pattern, text)) return `Does not match the expected format ${c.pattern}.`
  return undefined
}

/** One scalar (a field or a list line) checked against its type and bounds; the converted value when it passes. */
function checkScalar(text: string, type: ScalarType, c: Constraints): { value?: unknown; error?: string } {
  if (type === 'number' || type === 'integer') {
    const parsed = parseNumber(text, type)
    if (typeof parsed === 'string') return { error: parsed }
    const error = checkNumber(parsed, c)
    return error ? { error } : { value: parsed }
  }
  const error = checkText(text, c)
  return error ? { error } : { value: text }
}

function checkCount(field: FormField, count: number): string | undefined {
  if (field.minItems !== undefined && count < field.minItems)
    return `Needs at least ${plural(field.minItems, field.kind === 'list' ? 'line' : 'choice')}.`
  if (field.maxItems !== undefined && count > field.maxItems)
    return `Allows at most ${plural(field.maxItems, field.kind === 'list' ? 'line' : 'choice')} (now ${count}).`
  return undefined
}

function checkList(field: FormField, lines: string[]): { value?: unknown[]; error?: string } {
  const count = checkCount(field, lines.length)
  if (count) return { error: count }
  const items: unknown[] = []
  for (const [index, line] of lines.entries()) {
    const { value, error } = checkScalar(line, field.itemType ?? 'string', field.itemConstraints ?? {})
    if (error) return { error: `Line ${index + 1} (${line.length > 40 ? `${line.slice(0, 40)}…` : line}): ${error}` }
    items.push(value)
  }
  if (field.uniqueItems) {
    const first = lines.findIndex((line, index) => lines.indexOf(line) !== index)
    if (first >= 0)
      return { error: `Line ${first + 1} repeats line ${lines.indexOf(lines[first]!) + 1}; each line must be unique.` }
  }
  return { value: items }
}

const isEmpty = (field: FormField, value: FormValue | undefined): boolean =>
  field.kind === 'boolean'
    ? false
    : Array.isArray(value)
      ? value.length === 0
      : field.kind === 'list'
        ? linesOf(String(value ?? '')).length === 0
        : String(value ?? '').trim() === ''

/**
 * A field's value converted to its parameter: `{ skip: true }` for an empty optional field (the platform fills in the
 * default), `{ error }` with a sentence for the field when it does not pass.
 */
export function convertField(
  field: FormField,
  value: FormValue | undefined,
): { value?: unknown; error?: string; skip?: boolean } {
  if (isEmpty(field, value)) {
    // An empty multiselect/list with minItems 0 is a deliberate "none", not a missing value.
    if (field.required) return { error: requiredMessage(field) }
    return (field.kind === 'multiselect' || field.kind === 'list') && field.minItems === 0 ? { value: [] } : { skip: true }
  }
  switch (field.kind) {
    case 'boolean':
      return { value: value === true }
    case 'select':
      return { value: field.options?.find((option) => option.value === value)?.raw }
    case 'multiselect': {
      const chosen = (field.options ?? []).filter((option) => (value as string[]).includes(option.value))
      const error = checkCount(field, chosen.length)
      return error ? { error } : { value: chosen.map((option) => option.raw) }
    }
    case 'list':
      return checkList(field, linesOf(String(value)))
    case 'json':
      try {
        return { value: JSON.parse(String(value)) as unknown }
      } catch {
        return { error: 'Enter valid JSON, e.g. {"key": "value"} or [1, 2].' }
      }
    default:
      return checkScalar(String(value).trim(), field.kind, field.constraints)
  }
}

function requiredMessage(field: FormField): string {
  if (field.kind === 'select') return 'Required: choose an option.'
  if (field.kind === 'multiselect') return 'Required: choose at least one.'
  if (field.kind === 'list') return 'Required: enter at least one line.'
  return 'Required: enter a value.'
}

/** Every failing field's message, by form key; empty when the form can be sent. */
export function validateValues(fields: FormField[], values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const { error } = convertField(field, values[field.key])
    if (error) errors[field.key] = error
  }
  return errors
}

/** The run's typed `parameters` (call after `validateValues` found nothing). */
export function toParameters(fields: FormField[], values: FormValues): Parameters {
  const parameters: Parameters = {}
  for (const field of fields) {
    const converted = convertField(field, values[field.key])
    if (!converted.skip && !converted.error) parameters[field.name] = converted.value
  }
  return parameters
}

/** The form key a server field error names (`parameters.peptides[3]` → the peptides field), or null. */
export function fieldKeyOf(fields: FormField[], serverField: string): string | null {
  const match = /^parameters\.(.+?)(\[\d+\])*$/.exec(serverField)
  if (!match) return null
  const path = match[1]!
  // A nested path (`options.depth`) lands on its top-level parameter.
  const top = path.split(/[.[]/)[0]
  return (fields.find((field) => field.name === path) ?? fields.find((field) => field.name === top))?.key ?? null
}
