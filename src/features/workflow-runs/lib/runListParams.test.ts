import { dateToIso, localDateBefore, runListParamsFrom, sortingFromParam, sortParamFrom } from './runListParams'

describe('runListParamsFrom', () => {
  it('reads every filter, drops unknown values and sends the default sort as nothing', () => {
    const params = runListParamsFrom(
      new URLSearchParams(
        'status=FAILED,NOPE,RUNNING&triggeredBy=usr-0004&from=2026-01-01&to=2026-01-07&q=%20abc%20&minDurationMs=60000&maxDurationMs=x&minCredits=1.5&sort=-startedAt&cursor=c1',
      ),
    )
    expect(params).toEqual({
      status: ['RUNNING', 'FAILED'],
      triggeredBy: 'usr-0004',
      from: dateToIso('2026-01-01'),
      to: dateToIso('2026-01-08'),
      q: 'abc',
      minDurationMs: 60000,
      maxDurationMs: undefined,
      minCredits: 1.5,
      maxCredits: undefined,
      sort: undefined,
      cursor: 'c1',
      limit: 50,
    })
  })

  it('treats the "to" date as inclusive and ignores a malformed date', () => {
    expect(Date.parse(dateToIso('2026-01-07', 1)!) - Date.parse(dateToIso('2026-01-07')!)).toBeGreaterThanOrEqual(23 * 3_600_000)
    expect(dateToIso('07/01/2026')).toBeUndefined()
  })
})

describe('sort param', () => {
  it('round-trips through TanStack sorting state', () => {
    expect(sortingFromParam(undefined)).toEqual([{ id: 'startedAt', desc: true }])
    expect(sortParamFrom([{ id: 'durationMs', desc: true }])).toBe('-durationMs')
    expect(sortParamFrom([{ id: 'startedAt', desc: true }])).toBeUndefined()
    expect(sortParamFrom([{ id: 'status', desc: false }])).toBeUndefined()
    // A cleared sort (TanStack's third click) flips the current one, so "Started" can go oldest first.
    expect(sortParamFrom([], '-startedAt')).toBe('startedAt')
    expect(sortParamFrom([], 'startedAt')).toBeUndefined()
  })
})

describe('date presets', () => {
  it('counts days back from the given clock in local time, today included', () => {
    const now = new Date(2026, 0, 15, 12, 0).getTime()
    expect(localDateBefore(now, 6)).toBe('2026-01-09')
    expect(localDateBefore(now, 0)).toBe('2026-01-15')
    expect(localDateBefore(new Date(2026, 2, 1, 0, 30).getTime(), 1)).toBe('2026-02-28')
  })
})
