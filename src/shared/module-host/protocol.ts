import { z } from '@/shared/contract/zod'
import { MAX_FRAME_MESSAGE_BYTES } from './limits'

/**
 * The bridge messages of module-ui-contract §4, shared by the host and the frame runtime. Every message is
 * `{ v: 1, type, ...fields }`; each side validates what it receives against the schema of its type.
 */
export const PROTOCOL = 1
export const RUNTIME_VERSION = 'react@19'
export const OFFERED_GLOBALS = ['antd@5', 'icons@6'] as const
export const CALL_METHODS = ['onExecute', 'onComplete', 'onError', 'emit', 'hostFetch'] as const
export type CallMethod = (typeof CALL_METHODS)[number]

const v = z.literal(1)
const NonNegativeInt = z.int().check(z.nonnegative())
const ThemeModeSchema = z.enum(['light', 'dark', 'high-contrast'])
const ThemeSchema = z.object({ mode: ThemeModeSchema, vars: z.record(z.string(), z.string()) })

export const InitMessage = z.object({
  v,
  type: z.literal('init'),
  protocol: z.literal(PROTOCOL),
  runId: z.string().check(z.minLength(1), z.maxLength(200)),
  module: z.object({ name: z.string(), version: z.string() }),
  tier: z.string(),
  bundleUrl: z.string(),
  integrity: z.nullable(z.string()),
  assets: z.array(z.object({ url: z.string(), integrity: z.string() })),
  runtime: z.string(),
  globals: z.array(z.string()),
  theme: ThemeSchema,
  props: z.object({
    inputData: z.record(z.string(), z.unknown()),
    initialParams: z.record(z.string(), z.unknown()),
    results: z.optional(z.unknown()),
  }),
  dev: z.boolean(),
})
export type InitMessage = z.infer<typeof InitMessage>

/** Frame → host, on the port (and `fault` also on window before the handshake). */
export const FrameMessage = z.discriminatedUnion('type', [
  z.object({ v, type: z.literal('ready'), protocol: z.number(), runtimeVersion: z.string(), runId: z.string() }),
  // Not in §4's table (docs/decisions/008): the component is resolved, so the host's 3 s mount limit starts here.
  z.object({ v, type: z.literal('loaded'), runId: z.string() }),
  z.object({ v, type: z.literal('mounted'), runId: z.string() }),
  z.object({
    v,
    type: z.literal('call'),
    id: NonNegativeInt,
    method: z.enum(CALL_METHODS),
    args: z.array(z.unknown()).check(z.maxLength(8)),
  }),
  z.object({ v, type: z.literal('subscribe'), event: z.string().check(z.maxLength(64)) }),
  z.object({ v, type: z.literal('unsubscribe'), event: z.string().check(z.maxLength(64)) }),
  z.object({ v, type: z.literal('resize'), height: z.number() }),
  z.object({
    v,
    type: z.literal('fault'),
    code: z.string().check(z.maxLength(64)),
    message: z.string().check(z.maxLength(2000)),
    details: z.optional(z.string().check(z.maxLength(20_000))),
    // What to change (issue 14); optional, so a fault without hints is still valid.
    hints: z.optional(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(8))),
  }),
  z.object({ v, type: z.literal('unmounted') }),
  // Liveness (docs/decisions/008): browsers fire no event when a frame's renderer dies or its port closes.
  z.object({ v, type: z.literal('pong'), id: NonNegativeInt }),
])
export type FrameMessage = z.infer<typeof FrameMessage>

/** Host → frame, on the port. */
export const HostMessage = z.discriminatedUnion('type', [
  z.object({
    v,
    type: z.literal('reply'),
    id: z.number(),
    ok: z.boolean(),
    value: z.optional(z.unknown()),
    error: z.optional(z.object({ code: z.string(), message: z.string() })),
  }),
  z.object({ v, type: z.literal('event'), event: z.string(), payload: z.unknown() }),
  z.object({ v, type: z.literal('theme'), ...ThemeSchema.shape }),
  z.object({
    v,
    type: z.literal('props'),
    inputData: z.optional(z.record(z.string(), z.unknown())),
    results: z.optional(z.unknown()),
  }),
  z.object({ v, type: z.literal('unmount') }),
  z.object({ v, type: z.literal('ping'), id: NonNegativeInt }),
])
export type HostMessage = z.infer<typeof HostMessage>

/** True only for JSON values: no functions, DOM nodes, Blobs, Dates, Maps, cycles or non-finite numbers. */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 64) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1))
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto !== Object.prototype && proto !== null) return false
    return Object.values(value as Record<string, unknown>).every((item) => item !== undefined && isJsonValue(item, depth + 1))
  }
  return false
}

export const jsonSize = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length

/**
 * The `reply` error codes of a call the host refuses unread (§4: exactly one reply per call, dropped ones included):
 * over 256 KB (named like decision 008's REPLY_TOO_LARGE; §4 names no code), over 100 messages a second (§2's
 * RATE_LIMITED), or not a valid call (§7's MODULE_CONTRACT_INVALID).
 */
export const CALL_REFUSED = {
  tooLarge: 'CALL_TOO_LARGE',
  rateLimited: 'RATE_LIMITED',
  invalid: 'MODULE_CONTRACT_INVALID',
} as const
type RefusalCode = (typeof CALL_REFUSED)[keyof typeof CALL_REFUSED]

export type Checked<T> =
  { ok: true; message: T; size: number } | { ok: false; reason: string; size: number; type: string; code: RefusalCode }

/** The id of anything shaped as a `call` with a usable id, valid or not otherwise: the id its refusal answers. */
export function callIdOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, id } = data as { type?: unknown; id?: unknown }
  return type === 'call' && typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null
}

/** The host's check of a frame message: JSON only, at most 256 KB, `v: 1`, a known type and valid fields. */
export function checkFrameMessage(data: unknown): Checked<FrameMessage> {
  const type =
    typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string'
      ? String((data as { type: string }).type).slice(0, 40)
      : '?'
  const invalid = CALL_REFUSED.invalid
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'not a message object', size: 0, type, code: invalid }
  if (!isJsonValue(data)) return { ok: false, reason: 'not a JSON value', size: 0, type, code: invalid }
  const size = jsonSize(data)
  if (size > MAX_FRAME_MESSAGE_BYTES)
    return { ok: false, reason: `over ${MAX_FRAME_MESSAGE_BYTES / 1024} KB`, size, type, code: CALL_REFUSED.tooLarge }
  const parsed = FrameMessage.safeParse(data)
  if (!parsed.success) {
    const known = FrameMessage.def.options.some((option) => option.shape.type.def.values[0] === type)
    const versionOk = (data as { v?: unknown }).v === 1
    const reason = !versionOk
      ? 'wrong protocol version v'
      : known
        ? `invalid fields (${parsed.error.issues[0]?.path.join('.') ?? ''})`
        : 'unknown type or method'
    return { ok: false, reason, size, type, code: invalid }
  }
  return { ok: true, message: parsed.data, size }
}

/** A sliding one-second window: more than `limit` messages a second are dropped. */
export function createRateLimiter(limit: number, now: () => number = () => performance.now()) {
  const stamps: number[] = []
  return () => {
    const t = now()
    while (stamps.length && t - stamps[0]! >= 1000) stamps.shift()
    if (stamps.length >= limit) return false
    stamps.push(t)
    return true
  }
}

/** Event names of `emit`: at most 64 characters from [A-Za-z0-9._:-] (§2). */
export const EMIT_NAME = /^[A-Za-z0-9._:-]{1,64}$/
