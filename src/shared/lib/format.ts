import { clipText } from './clip'
import { serverNow } from './serverClock'

// Intl formatters are costly to create (about a millisecond each): build each once, not once per table cell.
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const INTEGER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const ACT_SMALL = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 3 })
const ACT = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
const SIZE = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const

/** A whole number with the locale's grouping: 1,000. */
export function formatCount(value: number): string {
  return INTEGER.format(value)
}

/**
 * A file size in binary units with their IEC names: 950 B, 12.4 KiB, 3 MiB. Binary because the sizes shown next to
 * them come from S3, whose console counts in 1024s; the IEC name says so, where "kB" would be read either way.
 */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${SIZE.format(value)} ${BYTE_UNITS[unit]}`
}

/** Credits with 2–3 decimals and "ACT" (product.md "Everywhere"). */
export function formatAct(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—'
  return `${(Math.abs(amount) < 1 && amount !== 0 ? ACT_SMALL : ACT).format(amount)} ACT`
}

/** Humanised duration: 850 ms, 42 s, 3 min 05 s, 2 h 14 min. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—'
  if (ms < 1000) return `${Math.round(ms)} ms`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`
  const hours = Math.floor(minutes / 60)
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`
}

function parse(iso: string): Date | null {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** A time in the user's locale; callers put the ISO form in a title/tooltip. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = parse(iso)
  return date ? DATE_TIME.format(date) : iso
}

/** A date in the user's locale (tables where the time of day does not matter). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = parse(iso)
  return date ? DATE.format(date) : iso
}

/** "3 min ago", "in 2 h" relative to `now` (the server's clock by default). */
export function formatRelative(iso: string, now = serverNow()): string {
  const diff = Date.parse(iso) - now
  const abs = Math.abs(diff)
  if (abs < 60_000) return RELATIVE.format(Math.round(diff / 1000), 'second')
  if (abs < 3_600_000) return RELATIVE.format(Math.round(diff / 60_000), 'minute')
  if (abs < 86_400_000) return RELATIVE.format(Math.round(diff / 3_600_000), 'hour')
  return RELATIVE.format(Math.round(diff / 86_400_000), 'day')
}

/**
 * A status in words, as every chip and line shows it: `TIMED_OUT` → "timed out". Statuses are open enums (an unknown one
 * is shown raw), so a server's value is cut at 40 characters here, once for every place that shows one.
 */
export const formatStatus = (status: string): string => clipText(status, 40).replace(/_/g, ' ').toLowerCase()
