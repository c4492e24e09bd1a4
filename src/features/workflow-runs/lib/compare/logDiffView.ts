import type { LogEvent } from '@/shared/contract/logs'
import type { DiffRow, LineDiff } from '@/shared/lib/diff/lineDiff'
import { maskLogNoise } from '@/shared/lib/diff/maskLogNoise'

/** One side of a log diff: its lines and the key each is compared by (the line with its noise masked). */
export type LogSide = { events: LogEvent[]; keys: string[] }

/** A step's log lines prepared for the diff; `keys` when already computed (the baseline's, while it was read). */
export function logSide(events: LogEvent[], keys?: string[]): LogSide {
  return { events, keys: keys ?? events.map((event) => maskLogNoise(event.message)) }
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
