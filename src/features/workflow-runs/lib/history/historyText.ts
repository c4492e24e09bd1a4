import type { RunBand } from '@/shared/contract/workflows'
import { formatAct, formatCount, formatDateTime, formatDuration, formatStatus } from '@/shared/lib/format'
import { summaryOf, type HistoryBar, type HistoryMetric } from './historyBars'

const runs = (count: number) => `${formatCount(count)} run${count === 1 ? '' : 's'}`

/** A start time as the table writes it. */
export const formatStart = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? '—' : formatDateTime(new Date(ms).toISOString())

/** A value in the metric's unit, as the table shows it. */
export const formatValue = (value: number, metric: HistoryMetric) =>
  metric === 'credits' ? formatAct(value) : formatDuration(value)

const PLAIN = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 })

/** An axis label: durations as the table writes them, less the zeros ("1 h 00 min" → "1 h"); credits as plain numbers. */
export function axisLabel(value: number, metric: HistoryMetric): string {
  if (value === 0) return '0'
  if (metric === 'credits') return PLAIN.format(value)
  return formatDuration(value).replace(/ 0?0 (s|min)$/, '')
}

/** The bar's figure: "42 min 10 s", or "12 min so far" for a running run. */
export function barValueText(bar: HistoryBar, metric: HistoryMetric): string {
  return `${formatValue(bar.value, metric)}${bar.running ? ' so far' : ''}`
}

/** Where a bar stands against the band, in words: "38 % above the expected band (p75 57 min 16 s)". */
export function vsBandText(bar: HistoryBar, band: RunBand | null, metric: HistoryMetric): string | null {
  if (!band || bar.running || !bar.vsBand) return null
  if (bar.vsBand === 'within') return 'within the expected band'
  const edge = bar.vsBand === 'above' ? band.p75 : band.p25
  const percent = edge > 0 ? Math.round((Math.abs(bar.value - edge) / edge) * 100) : null
  const side = bar.vsBand === 'above' ? 'above' : 'below'
  const by = percent === null ? '' : `${percent} % `
  return `${by}${side} the expected band (${bar.vsBand === 'above' ? 'p75' : 'p25'} ${formatValue(edge, metric)})`
}

/** A bar's accessible name: every figure its tooltip shows. */
export function barLabel(bar: HistoryBar, band: RunBand | null, metric: HistoryMetric): string {
  const started = Number.isNaN(bar.startMs) ? '' : `, started ${formatStart(bar.startMs)}`
  const vs = vsBandText(bar, band, metric)
  return `${bar.id}, ${formatStatus(bar.status)}${started}, ${barValueText(bar, metric)}${vs ? `, ${vs}` : ''}`
}

/**
 * The chart in a few sentences, for screen readers (the bars' list follows it): what is drawn, the band, how many runs
 * stand above it, failed and running, and how to move in it.
 */
export function summaryText(bars: HistoryBar[], band: RunBand | null, metric: HistoryMetric): string {
  const { above, failures, counts, firstMs, lastMs } = summaryOf(bars)
  const what = metric === 'credits' ? 'Credits' : 'Duration'
  const running = counts.get('RUNNING') ?? 0
  const parts = [
    `${what} of ${runs(bars.length)}, oldest first, started ${formatStart(firstMs)} to ${formatStart(lastMs)}.`,
    band
      ? `Expected band of succeeded runs ${formatValue(band.p25, metric)} to ${formatValue(band.p75, metric)}, median ${formatValue(band.p50, metric)}; ${runs(above)} above it.`
      : 'No succeeded run in these filters, so no expected band.',
    `${formatCount(failures)} failed or timed out${running ? `, ${formatCount(running)} running` : ''}.`,
    'Arrow keys move between runs, Enter opens one; Shift with the arrows picks a range and Enter filters the list to its days.',
  ]
  return parts.join(' ')
}
