import { seededText, seededUri, URI_FIELD_KEYS, URI_PAYLOADS } from '../fixtures/xssPayloads'
import { jsonResponse } from './jsonResponse'

/**
 * The `xss` scenario (issue 7, item 4): every successful JSON answer of the demo API gets the XSS corpus seeded into
 * its free-text and URI fields at response time, so every endpoint is covered without a data set of its own.
 *
 * Only strings a person or a module author could have typed are rewritten: names, descriptions, messages and log
 * lines, patterns, tags, e-mail addresses, hosts, log group names, the string values of run inputs and results, and
 * artifact URIs. Ids, enums, dates, digests, versions, regions and whatever goes back to the server (a re-run's
 * parameters, a manifest's enum values and regexes) keep their value, so every body still parses with its contract
 * schema and the console still routes, filters and launches as usual.
 */

type JsonRecord = Record<string, unknown>

/** Free-text keys, wherever they appear. */
const TEXT_KEYS = new Set([
  'name',
  'displayName',
  'moduleName',
  'description',
  'message',
  'label',
  'justification',
  'decisionReason',
  'email',
  'host',
  'username',
  'catalog',
  'logGroup',
  'logStream',
  'imageRef',
  'normalizedRef',
])
/** Lists of free text: registry namespace patterns, tags, dataset names. */
const TEXT_LIST_KEYS = new Set(['namespaces', 'tags', 'datasets'])
/** Left alone: not shown as text, shown as numbers, or sent back to the server (a re-run posts `parameters`). */
const SKIP_KEYS = new Set(['ui', 'parameters', 'credit', 'metadata', 'signature', 'resources', 'permissions', 'pricing'])
/** Keys of a manifest (JSON Schema) that are prose; its names, enums, defaults and patterns are left as they are. */
const MANIFEST_TEXT_KEYS = new Set(['title', 'description', 'label'])

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What a record is, for the field names the e2e suite counts (`organization.name`, `step.inputs`…). */
function recordKind(record: JsonRecord): string {
  const has = (key: string) => key in record
  if (has('activeOrgId')) return 'me'
  if (has('slug')) return 'organization'
  if (has('checksum') && has('uri')) return 'artifact'
  if (has('stepId') && has('name')) return 'step' // a run's step, or a step row of the runs × steps grid
  if (has('executionArn')) return 'workflowRun'
  if (has('stepCount')) return 'workflow'
  if (has('runId') && has('moduleName')) return 'moduleRun'
  if (has('currentVersion')) return 'module'
  if (has('grantedAt')) return 'moduleGrant'
  if (has('datasets')) return 'dataGrant'
  if (has('namespaces')) return 'registry'
  if (has('hasSecret')) return 'credential'
  if (has('timestamp') && has('message')) return 'log'
  if (has('intake')) return 'version'
  if (has('key') && has('finishedAt')) return 'intakeStep'
  if (has('kind') && has('id')) return 'workflowNode'
  if (has('userId') && has('email')) return 'member'
  if (has('userId')) return 'user'
  if (has('registryId') && has('pattern')) return 'patternMatch'
  if (has('normalizedRef')) return 'imageCheck'
  if (has('field') && has('from')) return 'auditChange'
  if (has('type') && has('label')) return 'auditTarget'
  if (has('organization') && has('email')) return 'author'
  if (has('message') && (has('code') || has('type'))) return has('ok') ? 'testResult' : 'error'
  if (has('status') && has('results')) return 'result'
  if (has('moduleId') && has('name')) return 'workflowModule'
  return 'record'
}

/**
 * URI fields take the dangerous schemes in turn, in the order they appear in one answer (each field its own turn), so
 * any page showing six URIs of an answer shows all six schemes. A URI repeated within the answer keeps its scheme;
 * across answers it may not, so two compared runs that share a URI can show it as two in this scenario.
 */
let uriTurns = new Map<string, number>()
let seededUris = new Map<string, string>()

function seedUri(field: string, original: string): string {
  const known = seededUris.get(`${field} ${original}`)
  if (known) return known
  const turn = uriTurns.get(field) ?? 0
  uriTurns.set(field, turn + 1)
  const seeded = seededUri(field, URI_PAYLOADS[turn % URI_PAYLOADS.length]!, original)
  seededUris.set(`${field} ${original}`, seeded)
  return seeded
}

/** Every string leaf of a free-form value (run inputs, result values, audit diffs); object keys stay. */
function seedLeaves(field: string, value: unknown): unknown {
  if (typeof value === 'string') return seededText(field, value)
  if (Array.isArray(value)) return value.map((item) => seedLeaves(field, item))
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, seedLeaves(field, item)]))
  return value
}

function seedManifest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(seedManifest)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      MANIFEST_TEXT_KEYS.has(key) && typeof item === 'string' ? seededText(`manifest.${key}`, item) : seedManifest(item),
    ]),
  )
}

/** Whether `key` of `record` holds free-form data whose every string is shown. */
function isFreeForm(key: string, record: JsonRecord): boolean {
  if (key === 'inputs') return true // run and step inputs (a manifest's `inputs` is its schema, handled apart)
  if (key === 'from' || key === 'to') return 'field' in record // an audit event's change
  return (key === 'results' || key === 'summary') && 'metadata' in record // a module's result envelope
}

function isText(key: string, record: JsonRecord): boolean {
  if (TEXT_KEYS.has(key)) return true
  if (key === 'provider') return 'datasets' in record // a data grant's provider is a name; a registry's is an enum
  return key === 'pattern' && 'registryId' in record // the registry pattern an image reference matched
}

function seedRecord(record: JsonRecord): JsonRecord {
  const kind = recordKind(record)
  const seedField = (key: string, value: unknown): unknown => {
    const field = `${kind}.${key}`
    if (SKIP_KEYS.has(key)) return value
    if (key === 'manifest') return seedManifest(value)
    if (isFreeForm(key, record)) return seedLeaves(field, value)
    if (typeof value === 'string') {
      if (URI_FIELD_KEYS.has(key)) return seedUri(field, value)
      return isText(key, record) ? seededText(field, value) : value
    }
    if (Array.isArray(value) && TEXT_LIST_KEYS.has(key))
      return value.map((item) => (typeof item === 'string' ? seededText(field, item) : item))
    return seedValue(value)
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, seedField(key, value)]))
}

function seedValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(seedValue)
  return isRecord(value) ? seedRecord(value) : value
}

/** A JSON body with the corpus seeded into its free-text and URI fields. */
export function seedBody(body: unknown): unknown {
  uriTurns = new Map()
  seededUris = new Map()
  return seedValue(body)
}

/** The `xss` scenario's rewrite of a successful JSON answer; anything else (errors, 204, non-JSON) passes unchanged. */
export async function seedXssPayloads(response: Response): Promise<Response> {
  if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('json')) return response
  const body = (await response.json()) as unknown
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  return jsonResponse(seedBody(body), { status: response.status, headers })
}
