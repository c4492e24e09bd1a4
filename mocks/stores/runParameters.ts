import type { JsonObject } from '../../src/shared/contract/primitives'
import type { Rng } from '../runtime/prng'

/**
 * Run parameters against a manifest's `inputs` (api-contract §6): the JSON Schema subset the console's run form
 * generates (type, required, enum, min/max, lengths, pattern, items), plus the legacy flat form
 * `{ field: { type, required, default, description } }`, which is normalized to a JSON Schema object first.
 */
type Schema = {
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean
  items?: Schema
  enum?: unknown[]
  default?: unknown
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
  pattern?: string
}
export type FieldIssue = { field: string; message: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads either manifest form as a JSON Schema object. */
export function normalizeInputs(inputs: JsonObject): Schema {
  if (inputs.type === 'object' && isRecord(inputs.properties)) return inputs as Schema
  const properties: Record<string, Schema> = {}
  const required: string[] = []
  for (const [name, field] of Object.entries(inputs)) {
    if (!isRecord(field)) continue
    const { required: isRequired, ...rest } = field
    properties[name] = rest as Schema
    if (isRequired === true) required.push(name)
  }
  return { type: 'object', properties, required }
}

function typeMatches(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isRecord(value)
    default:
      return true
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)

function check(schema: Schema, value: unknown, path: string, issues: FieldIssue[]): void {
  const fail = (message: string): void => {
    issues.push({ field: path, message })
  }
  if (!typeMatches(schema.type, value)) return fail(`Must be ${article(schema.type ?? 'value')}.`)
  if (schema.enum && !schema.enum.some((option) => option === value))
    return fail(`Must be one of ${schema.enum.map(String).join(', ')}.`)
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`Must be at least ${schema.minimum}.`)
    if (schema.maximum !== undefined && value > schema.maximum) fail(`Must be at most ${schema.maximum}.`)
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      fail(`Must have at least ${schema.minLength} characters.`)
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      fail(`Must have at most ${schema.maxLength} characters.`)
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) fail(`Does not match the expected format (${schema.pattern}).`)
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      fail(`Needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}.`)
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`Allows at most ${schema.maxItems} items.`)
    if (schema.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size !== value.length)
      fail('Items must be unique.')
    if (schema.items) value.forEach((item, i) => check(schema.items!, item, `${path}[${i}]`, issues))
  }
  if (isRecord(value) && schema.properties) checkObject(schema, value, path, issues)
}

function checkObject(schema: Schema, value: Record<string, unknown>, path: string, issues: FieldIssue[]): void {
  const properties = schema.properties ?? {}
  for (const name of schema.required ?? [])
    if (value[name] === undefined || value[name] === null) issues.push({ field: `${path}.${name}`, message: 'Is required.' })
  for (const [name, item] of Object.entries(value)) {
    const property = properties[name]
    if (property) {
      if (item !== undefined && item !== null) check(property, item, `${path}.${name}`, issues)
    } else if (schema.additionalProperties === false) {
      issues.push({ field: `${path}.${name}`, message: 'Is not a parameter of this module.' })
    }
  }
}

/** Field issues named `parameters.<path>` (api-contract §6); empty when the parameters are valid. */
export function validateParameters(inputs: JsonObject, parameters: JsonObject): FieldIssue[] {
  const issues: FieldIssue[] = []
  checkObject(normalizeInputs(inputs), parameters, 'parameters', issues)
  return issues
}

/** Fills in the defaults of omitted optional parameters, as the platform does before a run starts. */
export function withDefaults(inputs: JsonObject, parameters: JsonObject): JsonObject {
  const schema = normalizeInputs(inputs)
  const filled: JsonObject = {}
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    if (property.default !== undefined) filled[name] = property.default
  return { ...filled, ...parameters }
}

/** Plausible parameters for a seeded run: examples for free-text fields, defaults or a pick elsewhere. */
export function sampleParameters(inputs: JsonObject, examples: Record<string, readonly unknown[]>, rng: Rng): JsonObject {
  const schema = normalizeInputs(inputs)
  const parameters: JsonObject = {}
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const required = schema.required?.includes(name) ?? false
    const options = examples[name]
    if (options?.length) {
      if (required || rng.chance(0.7)) parameters[name] = structuredClone(rng.pick(options))
    } else if (property.enum && (required || rng.chance(0.5))) {
      parameters[name] = rng.pick(property.enum)
    } else if (property.items?.enum && (required || rng.chance(0.5))) {
      const count = rng.int(Math.max(1, property.minItems ?? 1), Math.min(3, property.maxItems ?? 3))
      parameters[name] = [...new Set(Array.from({ length: count }, () => rng.pick(property.items!.enum!)))]
    } else if (property.default !== undefined) {
      parameters[name] = property.default
    } else if ((property.type === 'number' || property.type === 'integer') && required) {
      parameters[name] = property.minimum ?? 1
    }
  }
  return parameters
}
