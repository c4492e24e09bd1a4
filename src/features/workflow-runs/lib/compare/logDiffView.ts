import type { LogEvent } from '@/shared/contract/logs'
import type { DiffRow, LineDiff } from '@/shared/lib/diff/lineDiff'
import { maskedParts, NOISE_TOKEN, type MaskedPart } from '@/shared/lib/diff/maskLogNoise'

/** One side of a log diff: each line's parts (text and noise) and the key it is compared by. */
export type LogSide = { events: LogEvent[]; parts: MaskedPart[][]; keys: string[] }

/** A step's log lines prepared for the diff: noise found once per line, keys with the noise masked. */
export function logSide(events: LogEvent[]): LogSide {
  const parts = events.map((event) => maskedParts(event.message))
  const keys = parts.map((line) => line.map((part) => (part.noise ? NOISE_TOKEN[part.noise] : part.text)).join(''))
  return { events, parts, keys }
}

export type LogDiffSummary = {
  rows: DiffRow[]
  /** Index into `rows` of the row holding the first line only the compared run has, if any. */
  firstNewRow?: number
  /** Lines only in the compared run (added, or the new side of a changed line) and only in the baseline. */
  onlyRight: number
  onlyLeft: number
  /** Lines that differ only by masked values (equal keys, other text). */
  noiseOnly: number
}

/** What the panel needs to say about a diff: the row to mark, and the counts in its summary line. */
export function summarize(diff: LineDiff, left: LogSide, right: LogSide): LogDiffSummary {
  const firstNewRow =
    diff.firstOnlyRight === undefined
      ? undefined
      : diff.rows.findIndex((row) => row.kind !== 'removed' && row.kind !== 'same' && row.right === diff.firstOnlyRight)
  let noiseOnly = 0
  for (const row of diff.rows)
    if (row.kind === 'same' && left.events[row.left]?.message !== right.events[row.right]?.message) noiseOnly += 1
  return {
    rows: diff.rows,
    firstNewRow: firstNewRow === -1 ? undefined : firstNewRow,
    onlyRight: diff.added,
    onlyLeft: diff.removed,
    noiseOnly,
  }
}
