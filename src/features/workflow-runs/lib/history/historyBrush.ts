import { localDateBefore } from '../runListParams'

/** A run of bars picked by dragging or with Shift+arrows: `anchor` where it began, `focus` where it is now. */
export type BarRange = { anchor: number; focus: number }

export const rangeBounds = ({ anchor, focus }: BarRange): [number, number] =>
  anchor <= focus ? [anchor, focus] : [focus, anchor]

/**
 * The date filter that holds a range of bars: `from` the local day of its oldest run, `to` (inclusive, as the URL's
 * `to` is) the local day of its newest. The filter works in whole days, so it may hold more runs than were picked.
 */
export function rangeToDates(starts: readonly number[], range: BarRange): { from: string; to: string } | null {
  const [first, last] = rangeBounds(range)
  const a = starts[first]
  const b = starts[last]
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return null
  return { from: localDateBefore(Math.min(a, b), 0), to: localDateBefore(Math.max(a, b), 0) }
}
