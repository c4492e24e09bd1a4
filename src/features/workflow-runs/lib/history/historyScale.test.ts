import { slotsFor } from './historyGeometry'
import { heightOf, timeLabels, valueScale } from './historyScale'

const MIN = 60_000
const HOUR = 60 * MIN

describe('valueScale', () => {
  it('steps durations in clock units a reader counts in', () => {
    expect(valueScale([12 * MIN, 40 * MIN, 55 * MIN], null, 'duration')).toEqual({
      max: HOUR,
      ticks: [15 * MIN, 30 * MIN, 45 * MIN, HOUR],
      clipped: false,
    })
    expect(valueScale([2.5 * HOUR], null, 'duration')).toEqual({
      max: 3 * HOUR,
      ticks: [HOUR, 2 * HOUR, 3 * HOUR],
      clipped: false,
    })
    expect(valueScale([40_000], null, 'duration').ticks).toEqual([10_000, 20_000, 30_000, 40_000])
  })

  it('steps credits in 1-2-5 decades', () => {
    expect(valueScale([3.2, 4.1], null, 'credits')).toEqual({ max: 6, ticks: [2, 4, 6], clipped: false })
    expect(valueScale([0.034], null, 'credits').ticks).toEqual([0.01, 0.02, 0.03, 0.04])
    expect(valueScale([130], null, 'credits').max).toBe(150)
  })

  it('cuts the axis above the 98th percentile when a few runs would flatten the rest, and says so', () => {
    const values = [...Array.from({ length: 99 }, (_, i) => 30 * MIN + i * 10_000), 10 * HOUR]
    const scale = valueScale(values, { p25: 35 * MIN, p50: 40 * MIN, p75: 45 * MIN }, 'duration')
    expect(scale.clipped).toBe(true)
    expect(scale.max).toBe(HOUR)
    expect(heightOf(10 * HOUR, scale.max, 120)).toBe(120)
    // Few runs, or an even spread: the whole range is shown.
    expect(valueScale([30 * MIN, 10 * HOUR], null, 'duration').clipped).toBe(false)
  })

  it('keeps the band on the axis even when every drawn run is below it', () => {
    expect(valueScale([5 * MIN], { p25: 30 * MIN, p50: 40 * MIN, p75: 50 * MIN }, 'duration').max).toBe(HOUR)
  })

  it('has an axis when there is nothing to measure', () => {
    expect(valueScale([0, 0], null, 'duration').max).toBeGreaterThan(0)
    expect(valueScale([], null, 'credits').max).toBeGreaterThan(0)
  })
})

describe('slots of the plot', () => {
  it('gives each of many runs an equal slot and finds the bar under a point', () => {
    const slots = slotsFor(500)
    expect(slots.width).toBeCloseTo(0.2)
    expect(slots.indexAt(0)).toBe(0)
    expect(slots.indexAt(0.5)).toBe(250)
    expect(slots.indexAt(0.9999)).toBe(499)
    expect(slots.indexAt(1.2)).toBe(499)
  })

  it('keeps few runs narrow, the newest at the right edge, and nothing left of the first', () => {
    const slots = slotsFor(3)
    expect(slots.width).toBeCloseTo(100 / 60)
    expect(slots.left(2) + slots.width).toBeCloseTo(100)
    expect(slots.indexAt(0.1)).toBeNull()
    expect(slots.indexAt(0.99)).toBe(2)
    expect(slotsFor(0).indexAt(0.5)).toBeNull()
  })
})

describe('timeLabels', () => {
  it('labels about six evenly spread bars, by date over weeks and with the time of day within a day', () => {
    const day = 24 * HOUR
    const weeks = Array.from({ length: 100 }, (_, i) => Date.UTC(2026, 0, 1) + i * 0.5 * day)
    const labels = timeLabels(weeks)
    expect(labels.map((label) => label.index)).toEqual([0, 20, 40, 59, 79, 99])
    expect(labels[0]!.text).not.toMatch(/\d:\d\d/)
    const hours = Array.from({ length: 50 }, (_, i) => Date.UTC(2026, 0, 14, 12) + i * 5 * MIN)
    expect(timeLabels(hours)[0]!.text).toMatch(/\d:\d\d/)
    expect(timeLabels([])).toEqual([])
  })
})
