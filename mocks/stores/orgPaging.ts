import { MockHttpError } from '../runtime/api'
import { seedOf } from '../runtime/prng'

/**
 * Cursor paging of the console-defined lists (api-contract §2.5) for the organization and registry endpoints.
 * A cursor is base64url of `{ offset, key }`, where `key` hashes the filters and sort it was issued for, so a cursor
 * replayed with other filters is refused (400, field `cursor`) instead of silently skipping or repeating rows.
 */
export type PageRequest = { offset: number; limit: number; key: string }

/** 400 VALIDATION_FAILED on one query parameter (a 422 is for bodies). */
export const badQuery = (field: string, message: string) =>
  new MockHttpError(400, 'VALIDATION_FAILED', 'The query is not valid.', { fields: [{ field, message }] })

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'))

/**
 * Reads `cursor` and `limit`. `scope` must describe every filter and the sort (e.g. `JSON.stringify({ q, sort })`).
 * A limit over the maximum is clamped, as the contract allows; a limit that is not a positive integer is refused.
 */
export function readPage(url: URL, scope: unknown, limits: { defaultLimit: number; maxLimit: number }): PageRequest {
  const key = seedOf(JSON.stringify(scope)).toString(36)
  const limit = readLimit(url, limits)
  const cursor = url.searchParams.get('cursor')
  if (cursor === null || cursor === '') return { offset: 0, limit, key }
  let decoded: { offset?: unknown; key?: unknown }
  try {
    decoded = JSON.parse(fromBase64Url(cursor)) as { offset?: unknown; key?: unknown }
  } catch {
    throw badQuery('cursor', 'The cursor is not valid; start again from the first page.')
  }
  if (typeof decoded.offset !== 'number' || !Number.isInteger(decoded.offset) || decoded.offset < 0)
    throw badQuery('cursor', 'The cursor is not valid; start again from the first page.')
  if (decoded.key !== key)
    throw badQuery('cursor', 'The cursor belongs to other filters or another sort; start again from the first page.')
  return { offset: decoded.offset, limit, key }
}

/** `limit`: the default when absent, clamped to the maximum, a 400 unless a whole number of at least 1. */
export function readLimit(url: URL, limits: { defaultLimit: number; maxLimit: number }): number {
  const limitText = url.searchParams.get('limit')
  if (limitText === null || limitText === '') return limits.defaultLimit
  const parsed = Number(limitText)
  if (!Number.isInteger(parsed) || parsed < 1) throw badQuery('limit', 'The limit must be a whole number of at least 1.')
  return Math.min(parsed, limits.maxLimit)
}

/** One page of an already filtered and sorted list. */
export function pageOf<T>(rows: readonly T[], page: PageRequest): { items: T[]; nextCursor: string | null } {
  const end = page.offset + page.limit
  const items = rows.slice(page.offset, end)
  const nextCursor = end < rows.length ? toBase64Url(JSON.stringify({ offset: end, key: page.key })) : null
  return { items, nextCursor }
}

/** A query value out of a closed set; anything else is a 400 on that parameter. */
export function readEnum<T extends string>(url: URL, name: string, values: readonly T[]): T | undefined {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return undefined
  if (!(values as readonly string[]).includes(value)) throw badQuery(name, `Use one of: ${values.join(', ')}.`)
  return value as T
}

/** An ISO timestamp query value as epoch ms. */
export function readTime(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return undefined
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) throw badQuery(name, `"${value.slice(0, 40)}" is not an ISO 8601 timestamp.`)
  return ms
}

/** Trimmed, lowercased free-text search, or undefined when empty. */
export function readSearch(url: URL, name = 'q'): string | undefined {
  const value = url.searchParams.get(name)?.trim().toLowerCase()
  return value ? value : undefined
}

/** Stable ordering helper: compare by `primary`, ties by id (api-contract §2.5). */
export function byThenId<T extends { id: string }>(primary: (a: T, b: T) => number): (a: T, b: T) => number {
  return (a, b) => primary(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
