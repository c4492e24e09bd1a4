import type { WorkflowRunHistory } from '@/shared/contract/workflows'
import { barsOf, compareToBand, metricFrom, summaryOf } from './historyBars'
import { rangeToDates } from './historyBrush'
import { axisLabel, barLabel, summaryText, vsBandText } from './historyText'

const MIN = 60_000
const BAND = { p25: 30 * MIN, p50: 40 * MIN, p75: 50 * MIN }
// Newest first, as the endpoint answers.
const HISTORY: WorkflowRunHistory = {
  items: [
    { id: 'run-000004', status: 'RUNNING', startedAt: '2026-01-15T11:40:00.000Z', creditsAct: 1.2 },
    { id: 'run-000003', status: 'FAILED', startedAt: '2026-01-15T09:00:00.000Z', durationMs: 20 * MIN, creditsAct: 2 },
    { id: 'run-000002', status: 'SUCCEEDED', startedAt: '2026-01-14T22:00:00.000Z', durationMs: 75 * MIN, creditsAct: 5 },
    { id: 'run-000001', status: 'SUCCEEDED', startedAt: '2026-01-13T08:00:00.000Z', durationMs: 35 * MIN, creditsAct: 4 },
  ],
  total: 4,
  expected: { succeeded: 2, durationMs: BAND, creditsAct: { p25: 4, p50: 4.5, p75: 5 } },
}
const NOW = Date.parse('2026-01-15T12:00:00.000Z')

describe('barsOf', () => {
  it('draws the runs oldest first, a running run at its elapsed time, each finished one against the band', () => {
    const bars = barsOf(HISTORY, 'duration', NOW)
    expect(bars.map((bar) => bar.id)).toEqual(['run-000001', 'run-000002', 'run-000003', 'run-000004'])
    expect(bars.map((bar) => bar.index)).toEqual([0, 1, 2, 3])
    expect(bars.map((bar) => bar.vsBand)).toEqual(['within', 'above', 'below', null])
    expect(bars[3]).toMatchObject({ running: true, value: 20 * MIN })
  })

  it('measures credits against the credits band, a running run at its credits so far', () => {
    const bars = barsOf(HISTORY, 'credits', NOW)
    expect(bars.map((bar) => bar.value)).toEqual([4, 5, 2, 1.2])
    expect(bars.map((bar) => bar.vsBand)).toEqual(['within', 'within', 'below', null])
  })

  it('reads the metric from the URL, duration unless credits', () => {
    expect(metricFrom('credits')).toBe('credits')
    expect(metricFrom('nonsense')).toBe('duration')
    expect(metricFrom(null)).toBe('duration')
    expect(compareToBand(10, null)).toBeNull()
  })

  it('counts what the legend and the text alternative say', () => {
    const summary = summaryOf(barsOf(HISTORY, 'duration', NOW))
    expect(summary).toMatchObject({ above: 1, failures: 1 })
    expect(Object.fromEntries(summary.counts)).toEqual({ SUCCEEDED: 2, FAILED: 1, RUNNING: 1 })
  })
})

describe('the chart in words', () => {
  const bars = barsOf(HISTORY, 'duration', NOW)

  it('names each bar with every figure its tooltip shows', () => {
    expect(barLabel(bars[1]!, BAND, 'duration')).toMatch(
      /^run-000002, succeeded, started .+, 1 h 15 min, 50 % above the expected band \(p75 50 min 00 s\)$/,
    )
    expect(barLabel(bars[3]!, BAND, 'duration')).toMatch(/^run-000004, running, started .+, 20 min 00 s so far$/)
    expect(vsBandText(bars[0]!, BAND, 'duration')).toBe('within the expected band')
    expect(vsBandText(bars[2]!, BAND, 'duration')).toBe('33 % below the expected band (p25 30 min 00 s)')
    expect(vsBandText(bars[2]!, null, 'duration')).toBeNull()
  })

  it('labels the axis without zero seconds or minutes', () => {
    expect(axisLabel(0, 'duration')).toBe('0')
    expect(axisLabel(60 * MIN, 'duration')).toBe('1 h')
    expect(axisLabel(30 * MIN, 'duration')).toBe('30 min')
    expect(axisLabel(90 * MIN, 'duration')).toBe('1 h 30 min')
    expect(axisLabel(2.5, 'credits')).toBe('2.5')
    expect(axisLabel(10, 'credits')).toBe('10')
  })

  it('sums the chart up: what is drawn, the band, how many stand above it, failed and running', () => {
    const text = summaryText(bars, BAND, 'duration')
    expect(text).toMatch(/^Duration of 4 runs, oldest first, started .+ to .+\./)
    expect(text).toContain('Expected band of succeeded runs 30 min 00 s to 50 min 00 s, median 40 min 00 s; 1 run above it.')
    expect(text).toContain('1 failed or timed out, 1 running.')
    expect(summaryText(bars, null, 'duration')).toContain('no expected band')
  })
})

describe('rangeToDates', () => {
  it('turns a range of bars, either way round, into the local days of its oldest and newest run', () => {
    const starts = [
      new Date(2026, 0, 3, 23, 30).getTime(),
      new Date(2026, 0, 5, 0, 10).getTime(),
      new Date(2026, 0, 9, 12).getTime(),
    ]
    expect(rangeToDates(starts, { anchor: 0, focus: 1 })).toEqual({ from: '2026-01-03', to: '2026-01-05' })
    expect(rangeToDates(starts, { anchor: 2, focus: 1 })).toEqual({ from: '2026-01-05', to: '2026-01-09' })
    expect(rangeToDates(starts, { anchor: 1, focus: 1 })).toEqual({ from: '2026-01-05', to: '2026-01-05' })
    expect(rangeToDates(starts, { anchor: 0, focus: 7 })).toBeNull()
  })
})
