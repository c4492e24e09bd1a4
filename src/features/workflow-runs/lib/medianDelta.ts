/** A run this much slower than the median (or more) is flagged; the same threshold as the comparison's regressions. */
export const SLOW_THRESHOLD_PCT = 25

export type MedianDelta = { pct: number; text: string; slow: boolean }

/**
 * The relative difference of `value` to `median`, rounded to whole percent and written with a true minus sign:
 * "+12 %", "−3 %", "±0 %". `null` when either is missing or the median is not positive.
 */
export function medianDelta(value: number | null | undefined, median: number | null | undefined): MedianDelta | null {
  if (value === null || value === undefined || median === null || median === undefined || !(median > 0)) return null
  const pct = Math.round(((value - median) / median) * 100)
  const text = pct === 0 ? '±0 %' : `${pct > 0 ? '+' : '\u2212'}${Math.abs(pct)} %`
  return { pct, text, slow: pct >= SLOW_THRESHOLD_PCT }
}
