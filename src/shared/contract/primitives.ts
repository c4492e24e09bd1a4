import { z } from './zod'

/**
 * An enum that keeps unknown values (api-contract §1 "Unknown data": shown as raw text, never a crash).
 * The inferred type still offers the known literals for autocompletion and exhaustive UI maps; at run time it is a
 * string, so the known values only type it.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(_known: T) {
  return z.string() as z.ZodMiniType<T[number] | (string & {}), string>
}

/** ISO 8601 timestamp; epoch seconds are converted to ISO (api-contract §2.2). */
export const Timestamp = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value: string | number, ctx) => {
    const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value)
    if (Number.isNaN(date.getTime())) {
      ctx.issues.push({ code: 'custom', message: `"${String(value).slice(0, 40)}" is not a timestamp`, input: value })
      return z.NEVER
    }
    return typeof value === 'number' ? date.toISOString() : value
  }),
)

/** Credits in ACT (JSON number, up to 4 decimals; zod numbers are finite). */
export const Act = z.number()

/** A count: an integer ≥ 0. */
export const Count = z.int().check(z.nonnegative())

export const ROLES = ['superuser', 'admin', 'developer', 'scientist'] as const
export const Role = openEnum(ROLES)
export type Role = z.infer<typeof Role>

/** `{ userId, name }` — who did something. */
export const UserRef = z.object({ userId: z.string(), name: z.string() })
export type UserRef = z.infer<typeof UserRef>

/** Lists may arrive under `results` (or `modules`) instead of `items` (api-contract §2.2). */
function renameListKey(input: unknown, aliases: readonly string[]): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input
  const record = input as Record<string, unknown>
  if ('items' in record) return record
  for (const alias of aliases) {
    if (Array.isArray(record[alias])) return { ...record, items: record[alias] }
  }
  return record
}

/** `schema` after `fn` has reshaped the input (classic zod's `preprocess`). */
export function preprocess<S extends z.core.$ZodType>(fn: (input: unknown) => unknown, schema: S) {
  return z.pipe<z.ZodMiniTransform, S>(z.transform(fn), schema)
}

const listed = (aliases: readonly string[]) => (input: unknown) => renameListKey(input, aliases)

/** `null` for an absent or null value. */
const orNull = <S extends z.core.SomeType>(schema: S) =>
  z.pipe(
    z.nullish(schema),
    z.transform((v: z.output<S> | null | undefined) => v ?? null),
  )

/** Cursor page `{ items, nextCursor, total? }` (api-contract §2.5). `has_more` without a cursor is kept as `hasMore`. */
export function cursorPage<T extends z.core.SomeType>(item: T) {
  return preprocess(
    listed(['results']),
    z.pipe(
      z.object({
        items: z.array(item),
        nextCursor: orNull(z.string()),
        total: z.optional(Count),
        has_more: z.optional(z.boolean()),
      }),
      z.transform(({ has_more, ...page }) => ({ ...page, hasMore: page.nextCursor !== null || has_more === true })),
    ),
  )
}

/**
 * Limit/offset page `{ items, total }` used by `GET /v1/modules`. The devkit API sends `{ items }` alone: `total` is
 * then null, unknown (api-contract §2.2), and `isLastOffsetPage` judges the end by the page's length.
 */
export function offsetPage<T extends z.core.SomeType>(item: T) {
  return preprocess(listed(['results', 'modules']), z.object({ items: z.array(item), total: orNull(Count) }))
}

/** The end of limit/offset paging: `offset + items.length ≥ total`, or, with no total, a page that is not full. */
export function isLastOffsetPage(page: { items: readonly unknown[]; total: number | null }, offset: number, limit: number) {
  if (page.items.length === 0) return true
  return page.total === null ? page.items.length < limit : offset + page.items.length >= page.total
}

/** Page/limit page `{ items, total, page, limit }` used by `GET /v1/module-runs`. */
export function numberedPage<T extends z.core.SomeType>(item: T) {
  const positive = z.int().check(z.positive())
  return preprocess(listed(['results']), z.object({ items: z.array(item), total: Count, page: positive, limit: positive }))
}

/** `{ items }` without paging (module versions). */
export function itemList<T extends z.core.SomeType>(item: T) {
  return preprocess(listed(['results']), z.object({ items: z.array(item) }))
}

/** A JSON object of unknown shape (manifests, parameters, inputs). */
export const JsonObject = z.record(z.string(), z.unknown())
export type JsonObject = z.infer<typeof JsonObject>
