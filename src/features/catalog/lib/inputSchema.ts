import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'

/**
 * Reads a manifest's `inputs` (api-contract §5) as a list of form fields: the JSON Schema subset the launch form
 * supports (string, number, integer, boolean, enum, arrays; required, minimum/maximum and their exclusive forms,
 * multipleOf, minLength/maxLength, pattern, minItems/maxItems, uniqueItems, default) and the legacy flat form
 * `{ field: { type, required, default, description } }` the platform still accepts. Anything else (nested objects,
 * unions) becomes a JSON field, so no parameter is ever silently dropped.
 */

export type ScalarType = 'string' | 'number' | 'integer' | 'boolean'
export type FieldKind = ScalarType | 'select' | 'multiselect' | 'list' | 'json'

/** Bounds of a value (or of each item of a list). */
export type Constraints = {
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  multipleOf?: number
  minLength?: number
  maxLength?: number
  pattern?: string
}

const clipMaybe = (text: string | undefined, max: number) => (text === undefined ? undefined : clipText(text, max))

export type FieldOption = { value: string; label: string; raw: unknown }

export type FormField = {
  /** The parameter's name in the manifest and in the run's `parameters`. */
  name: string
  /** The form's key (`p0`, `p1`, …): parameter names may hold dots or brackets that a form path cannot. */
  key: string
  kind: FieldKind
  label: string
  description?: string
  required: boolean
  default?: unknown
  constraints: Constraints
  /** select and multiselect: the enum; `value` is the option's index as text, `raw` the enum value itself. */
  options?: FieldOption[]
  /** list: the type of each line. */
  itemType?: ScalarType
  itemConstraints?: Constraints
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
}

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

// Type names seen in legacy manifests besides the JSON Schema ones.
const TYPE_ALIASES: Record<string, string> = {
  str: 'string',
  text: 'string',
  int: 'integer',
  float: 'number',
  double: 'number',
  bool: 'boolean',
  list: 'array',
}

function typeOf(schema: Json): string | undefined {
  let type = schema.type
  // `["string", "null"]`: a nullable value is an optional one here.
  if (Array.isArray(type)) type = type.find((t) => t !== 'null')
  if (typeof type !== 'string') return Array.isArray(schema.enum) ? 'enum' : undefined
  return TYPE_ALIASES[type] ?? type
}

const isScalar = (type: string | undefined): type is ScalarType =>
  type === 'string' || type === 'number' || type === 'integer' || type === 'boolean'

function constraintsOf(schema: Json): Constraints {
  const constraints: Constraints = {
    minimum: num(schema.minimum),
    maximum: num(schema.maximum),
    // Draft 4 spells the exclusive bounds as booleans next to minimum/maximum.
    exclusiveMinimum: schema.exclusiveMinimum === true ? num(schema.minimum) : num(schema.exclusiveMinimum),
    exclusiveMaximum: schema.exclusiveMaximum === true ? num(schema.maximum) : num(schema.exclusiveMaximum),
    multipleOf: num(schema.multipleOf),
    minLength: num(schema.minLength),
    maxLength: num(schema.maxLength),
    pattern: str(schema.pattern),
  }
  if (schema.exclusiveMinimum === true) delete constraints.minimum
  if (schema.exclusiveMaximum === true) delete constraints.maximum
  return Object.fromEntries(Object.entries(constraints).filter(([, v]) => v !== undefined)) as Constraints
}

const optionsOf = (values: unknown[]): FieldOption[] =>
  values.map((raw, index) => ({
    value: String(index),
    label: clipText(typeof raw === 'string' ? raw : JSON.stringify(raw)),
    raw,
  }))

/** `peptides_file` → "Peptides file", `minLength` → "Min length". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase()
  return words ? words[0]!.toUpperCase() + words.slice(1) : name
}

function fieldOf(name: string, schema: Json, required: boolean, index: number): FormField {
  const type = typeOf(schema)
  const base = {
    name,
    key: `p${index}`,
    // Labels and descriptions are the module author's text: cut for display (the values sent are never cut).
    label: clipText(str(schema.title) ?? str(schema.label) ?? humanize(name)),
    description: clipMaybe(str(schema.description), DISPLAY_LIMIT.prose),
    required,
    default: schema.default,
    constraints: constraintsOf(schema),
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0 && type !== 'array')
    return { ...base, kind: 'select', options: optionsOf(schema.enum) }
  if (type === 'array') {
    const items = isRecord(schema.items) ? schema.items : {}
    const itemType = typeOf(items)
    const list = {
      minItems: num(schema.minItems),
      maxItems: num(schema.maxItems),
      uniqueItems: schema.uniqueItems === true,
    }
    if (Array.isArray(items.enum) && items.enum.length > 0)
      return { ...base, ...list, kind: 'multiselect', options: optionsOf(items.enum) }
    if (itemType === undefined || (isScalar(itemType) && itemType !== 'boolean'))
      return { ...base, ...list, kind: 'list', itemType: itemType ?? 'string', itemConstraints: constraintsOf(items) }
    return { ...base, kind: 'json' }
  }
  if (isScalar(type)) return { ...base, kind: type }
  // No type at all reads as free text; objects and unions as JSON.
  return { ...base, kind: type === undefined ? 'string' : 'json' }
}

/** Whether `inputs` is a JSON Schema object (otherwise the legacy flat form). */
export const isJsonSchemaInputs = (inputs: Json): boolean =>
  isRecord(inputs.properties) && (inputs.type === undefined || inputs.type === 'object')

/** The form fields of a manifest's `inputs`, in the manifest's order; `legacy` says which form it was written in. */
export function formFieldsOf(inputs: unknown): { fields: FormField[]; legacy: boolean } {
  if (!isRecord(inputs)) return { fields: [], legacy: false }
  if (isJsonSchemaInputs(inputs)) {
    const required = new Set(Array.isArray(inputs.required) ? inputs.required.filter((r) => typeof r === 'string') : [])
    const entries = Object.entries(inputs.properties as Json).filter((entry): entry is [string, Json] => isRecord(entry[1]))
    return { fields: entries.map(([name, schema], i) => fieldOf(name, schema, required.has(name), i)), legacy: false }
  }
  const entries = Object.entries(inputs).filter((entry): entry is [string, Json] => isRecord(entry[1]))
  return { fields: entries.map(([name, schema], i) => fieldOf(name, schema, schema.required === true, i)), legacy: true }
}
