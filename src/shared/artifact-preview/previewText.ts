import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { formatCount } from '@/shared/lib/format'

/** A line as shown: cut at `DISPLAY_LIMIT.line` characters (a 1 MB line in one row would stall the page). */
export function shownLine(line: string): string {
  return line.length > DISPLAY_LIMIT.line
    ? `${line.slice(0, DISPLAY_LIMIT.line)} … ${formatCount(line.length - DISPLAY_LIMIT.line)} more characters`
    : line
}

/** `JSON.parse` of a file's text, or why it is no JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
