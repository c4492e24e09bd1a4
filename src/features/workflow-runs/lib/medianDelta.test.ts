import { medianDelta } from './medianDelta'

describe('medianDelta', () => {
  it('writes slower and faster runs as signed whole percent', () => {
    expect(medianDelta(112_000, 100_000)).toEqual({ pct: 12, text: '+12 %', slow: false })
    expect(medianDelta(97_000, 100_000)).toEqual({ pct: -3, text: '\u22123 %', slow: false })
    expect(medianDelta(100_200, 100_000)?.text).toBe('±0 %')
  })

  it('flags a run at least 25 % slower than the median', () => {
    expect(medianDelta(125_000, 100_000)?.slow).toBe(true)
    expect(medianDelta(124_000, 100_000)?.slow).toBe(false)
  })

  it('has nothing to say without a duration or a positive median', () => {
    expect(medianDelta(undefined, 100)).toBeNull()
    expect(medianDelta(100, null)).toBeNull()
    expect(medianDelta(100, 0)).toBeNull()
  })
})
