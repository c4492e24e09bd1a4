import { z } from 'zod'

/**
 * An enum that keeps unknown values (api-contract §1 "Unknown data": shown as raw text, never a crash).
 * The inferred type still offers the known literals for autocompletion and exhaustive UI maps.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .describe(`one of ${values.join(', ')}`)
    .transform((value) => value as T[number] | (string & {}))
}

/** ISO 8601 timestamp; epoch seconds are converted to ISO (api-contract §2.2). */
export const Timestamp = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value)
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `"${String(value).slice(0, 40)}" is not a timestamp` })
    return z.NEVER
  }
  return typeof value === 'number' ? date.toISOString() : value
})

/** Credits in ACT (JSON number, up to 4 decimals). */
export const Act = z.number().finite()

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

/** Cursor page `{ items, nextCursor, total? }` (api-contract §2.5). `has_more` without a cursor is kept as `hasMore`. */
export function cursorPage<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (input) => renameListKey(input, ['results']),
    z
      .object({
        items: z.array(item),
        nextCursor: z
          .string()
          .nullish()
          .transform((v) => v ?? null),
        total: z.number().int().nonnegative().optional(),
        has_more: z.boolean().optional(),
      })
      .transform(({ has_more, ...page }) => ({ ...page, hasMore: page.nextCursor !== null || has_more === true })),
  )
}

/**
 * Limit/offset page `{ items, total }` used by `GET /v1/modules`. The devkit API sends `{ items }` alone: `total` is
 * then null, unknown (api-contract §2.2), and `isLastOffsetPage` judges the end by the page's length.
 */
export function offsetPage<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (input) => renameListKey(input, ['results', 'modules']),
    z.object({
      items: z.array(item),
      total: z
        .number()
        .int()
        .nonnegative()
        .nullish()
        .transform((v) => v ?? null),
    }),
  )
}

/** The end of limit/offset paging: `offset + items.length ≥ total`, or, with no total, a page that is not full. */
export function isLastOffsetPage(page: { items: readonly unknown[]; total: number | null }, offset: number, limit: number) {
  if (page.items.length === 0) return true
  return page.total === null ? page.items.length < limit : offset + page.items.length >= page.total
}

/** Page/limit page `{ items, total, page, limit }` used by `GET /v1/module-runs`. */
export function numberedPage<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (input) => renameListKey(input, ['results']),
    z.object({
      items: z.array(item),
      total: z.number().int().nonnegative(),
      page: z.number().int().positive(),
      limit: z.number().int().positive(),
    }),
  )
}

/** `{ items }` without paging (module versions). */
export function itemList<T extends z.ZodType>(item: T) {
  return z.preprocess((input) => renameListKey(input, ['results']), z.object({ items: z.array(item) }))
}

/** A JSON object of unknown shape (manifests, parameters, inputs). */
export const JsonObject = z.record(z.string(), z.unknown())
export type JsonObject = z.infer<typeof JsonObject>
