import type { RunBand } from '@/shared/contract/workflows'
import type { HistoryMetric } from './historyBars'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
/** Tick steps a reader counts in: seconds, minutes, hours. */
const DURATION_STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10_800, 14_400, 21_600, 43_200, 86_400,
].map((s) => s * SECOND)
/** About this many gridlines above zero. */
const TARGET_TICKS = 4

/** The smallest "nice" step that covers `max` in at most TARGET_TICKS steps: 1-2-5 decades, or clock steps for time. */
function niceStep(max: number, metric: HistoryMetric): number {
  const raw = max / TARGET_TICKS
  if (metric === 'duration')
    return DURATION_STEPS.find((step) => step >= raw) ?? Math.ceil(raw / (86_400 * SECOND)) * 86_400 * SECOND
  const decade = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 5, 10].map((m) => m * decade).find((step) => step >= raw - 1e-12)!
}

export type ValueScale = {
  /** The top of the axis: a whole number of steps. */
  max: number
  ticks: number[]
  /** Some bars go past `max` and are drawn cut, with a mark. */
  clipped: boolean
}

/**
 * The value axis. One run that took ten hours would flatten every other bar and the band against the floor, so when
 * the tallest bars stand far above the rest (more than 1.5× the 98th percentile) the axis stops just above that
 * percentile (and the band) and those few bars are drawn cut, marked as off the scale; their figures stay in the
 * tooltip and the text alternative.
 */
export function valueScale(values: readonly number[], band: RunBand | null, metric: HistoryMetric): ValueScale {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b)
  const top = Math.max(sorted.at(-1) ?? 0, band?.p75 ?? 0)
  const q98 = sorted[Math.floor(0.98 * (sorted.length - 1))] ?? 0
  const cut = sorted.length >= 20 && top > 1.5 * q98 ? Math.max(q98, band?.p75 ?? 0) * 1.1 : top
  const domain = cut > 0 ? cut : metric === 'duration' ? MINUTE : 1
  const step = niceStep(domain, metric)
  const max = Number((step * Math.ceil(domain / step - 1e-9)).toPrecision(12))
  // k × step, not a running sum: 0.01 + 0.01 + 0.01 is not 0.03 in floating point.
  const ticks = Array.from({ length: Math.round(max / step) }, (_, k) => Number(((k + 1) * step).toPrecision(12)))
  return { max, ticks, clipped: top > max }
}

/** Height of a value on an axis of `height` px, capped at the top. */
export const heightOf = (value: number, max: number, height: number) =>
  max > 0 ? Math.min(height, (Math.max(0, value) / max) * height) : 0

const SHORT_DATE = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const DATE_AND_TIME = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })

/**
 * Labels under the axis: about `count` bars evenly spread, each with its start date — with the time of day when the
 * drawn runs span less than three days (500 runs of a busy workflow may all be from one day).
 */
export function timeLabels(starts: readonly number[], count = 6): { index: number; text: string }[] {
  const n = starts.length
  if (n === 0) return []
  const span = (starts[n - 1] ?? 0) - (starts[0] ?? 0)
  const format = span < 3 * 24 * HOUR ? DATE_AND_TIME : SHORT_DATE
  const picks = n <= count ? [...Array(n).keys()] : [...Array(count).keys()].map((k) => Math.round((k * (n - 1)) / (count - 1)))
  const labels: { index: number; text: string }[] = []
  for (const index of picks) {
    const text = format.format(starts[index]!)
    if (labels.at(-1)?.text !== text) labels.push({ index, text })
  }
  return labels
}
