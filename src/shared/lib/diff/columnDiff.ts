/**
 * A TSV or CSV compared column by column (issue 18): where two files share their header, a changed row says which of
 * its cells changed. The row alignment itself is `diffLines` (lineDiff.ts) over the rows as lines.
 */

/** Whether two headers name the same columns in the same order. */
export const sameHeader = (left: readonly string[], right: readonly string[]): boolean =>
  left.length === right.length && left.every((name, i) => name === right[i])

/** Indices of the columns whose values differ between two rows of one table (a missing cell differs from any value). */
export function changedColumns(left: readonly string[], right: readonly string[]): number[] {
  const changed: number[] = []
  for (let i = 0; i < Math.max(left.length, right.length); i++) if (left[i] !== right[i]) changed.push(i)
  return changed
}
