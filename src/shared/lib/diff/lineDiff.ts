import { diffArrays } from 'diff'

/**
 * One row of a side-by-side line diff. `left`/`right` are indices into the two inputs (the caller keeps the text, so
 * what was compared — a masked key — can differ from what is shown). A `changed` row pairs a removed line with the
 * added line that took its place.
 */
export type DiffRow =
  | { kind: 'same'; left: number; right: number }
  | { kind: 'changed'; left: number; right: number }
  | { kind: 'removed'; left: number }
  | { kind: 'added'; right: number }

export type LineDiff = {
  rows: DiffRow[]
  /** Lines only on the right (added, or the new side of a changed row). */
  added: number
  /** Lines only on the left. */
  removed: number
  /** Index (into `right`) of the first line the left side does not have: the first new error line of a failed log. */
  firstOnlyRight?: number
}

/** Myers line diff (jsdiff's `diffArrays`) of two line lists, compared as strings. */
export function diffLines(left: readonly string[], right: readonly string[]): LineDiff {
  const rows: DiffRow[] = []
  let l = 0
  let r = 0
  let removedRun: number[] = []
  const flushRemoved = (addedCount: number) => {
    // A removed block followed by an added block reads best as changed rows, side by side.
    const paired = Math.min(removedRun.length, addedCount)
    for (let i = 0; i < paired; i++) rows.push({ kind: 'changed', left: removedRun[i]!, right: r + i })
    for (let i = paired; i < removedRun.length; i++) rows.push({ kind: 'removed', left: removedRun[i]! })
    for (let i = paired; i < addedCount; i++) rows.push({ kind: 'added', right: r + i })
    removedRun = []
    r += addedCount
  }
  for (const change of diffArrays([...left], [...right])) {
    const count = change.value.length
    if (change.removed) {
      for (let i = 0; i < count; i++) removedRun.push(l + i)
      l += count
    } else if (change.added) {
      flushRemoved(count)
    } else {
      flushRemoved(0)
      for (let i = 0; i < count; i++) rows.push({ kind: 'same', left: l + i, right: r + i })
      l += count
      r += count
    }
  }
  flushRemoved(0)
  let added = 0
  let removed = 0
  let firstOnlyRight: number | undefined
  for (const row of rows) {
    if (row.kind === 'added' || row.kind === 'changed') {
      added++
      firstOnlyRight ??= row.right
    }
    if (row.kind === 'removed' || row.kind === 'changed') removed++
  }
  return { rows, added, removed, firstOnlyRight }
}
