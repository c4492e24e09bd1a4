import { jsonResponse } from './jsonResponse'

/**
 * How a server's answer goes wrong in the wild, for `fail-<fault>-<endpoint>` scenarios (the fault suite, issue 7):
 * broken bodies on a 200, a proxy's HTML error page, no answer at all, or a dropped connection.
 */
export const BODY_FAULTS = ['malformed', 'missing', 'types', 'nulls', 'long', 'truncated', 'empty'] as const
export const TRANSPORT_FAULTS = ['html502', 'hang', 'network'] as const
export type BodyFault = (typeof BODY_FAULTS)[number]
export type TransportFault = (typeof TRANSPORT_FAULTS)[number]

export const isBodyFault = (fault: unknown): fault is BodyFault => (BODY_FAULTS as readonly unknown[]).includes(fault)

/**
 * What a long value looks like: a marker, then 100,000 characters without a space or hyphen to break a line at (a
 * pasted sequence, a base64 blob, a minified stack trace). Far past anything a layout plans for, and ordinary data.
 */
export const LONG_VALUE_MARKER = 'Lorem-ipsum-dolor-sit-amet:'
const LONG = ` ${LONG_VALUE_MARKER}${'ACDEFGHIKLMNPQRSTVWY'.repeat(5_000)}`
/** Free-text fields get the long value; ids, enums and timestamps stay, so the body still parses. */
const FREE_TEXT_KEY = /(name|title|description|message|summary|reason|email|host|pattern|line|text|label)s?$/i

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Record_ = { [key: string]: Json }

function mapRecords(body: Json, change: (record: Record_) => Json): Json {
  if (body && typeof body === 'object' && !Array.isArray(body) && Array.isArray(body.items)) {
    return { ...body, items: body.items.map((item) => (isRecord(item) ? change(item) : item)) }
  }
  return isRecord(body) ? change(body) : body
}

const isRecord = (value: Json): value is Record_ => !!value && typeof value === 'object' && !Array.isArray(value)

function wrongType(value: Json): Json {
  if (typeof value === 'string') return value.length
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) return { length: value.length }
  if (value && typeof value === 'object') return Object.keys(value)
  return 0
}

function lengthen(value: Json, key = ''): Json {
  if (typeof value === 'string') return FREE_TEXT_KEY.test(key) ? value + LONG : value
  if (Array.isArray(value)) return value.map((item) => lengthen(item, key))
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lengthen(v, k)]))
  return value
}

const breakers: Record<Exclude<BodyFault, 'truncated' | 'empty'>, (record: Record_) => Json> = {
  // A required field gone and another of the wrong type: the `malformed` scenario's mix.
  malformed: (record) => {
    const [first, second] = Object.keys(record)
    const copy = { ...record }
    if (first) delete copy[first]
    if (second) copy[second] = { unexpected: true }
    return copy
  },
  missing: (record) => Object.fromEntries(Object.entries(record).slice(2)),
  types: (record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, wrongType(value)])),
  nulls: (record) => Object.fromEntries(Object.keys(record).map((key) => [key, null])),
  long: (record) => lengthen(record),
}

/** The `long` scenario: every free-text field of every successful JSON answer carries the long value. */
export async function lengthenBody(response: Response): Promise<Response> {
  if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('json')) return response
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  return jsonResponse(lengthen((await response.json()) as Json), { status: response.status, headers })
}

/** The 200 answer `response`, broken in the way `fault` names. */
export async function breakBody(response: Response, fault: BodyFault): Promise<Response> {
  const headers = { 'Content-Type': 'application/json' }
  if (fault === 'empty') return new Response('', { status: 200, headers })
  const text = await response.text()
  if (fault === 'truncated') return new Response(text.slice(0, Math.floor(text.length / 2)), { status: 200, headers })
  const body = JSON.parse(text) as Json
  return jsonResponse(mapRecords(body, breakers[fault]), { status: 200 })
}

/** What a reverse proxy answers when the API behind it is down: HTML, no error envelope, no request id. */
export const badGatewayPage = (): Response =>
  new Response(
    '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
    { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } },
  )
