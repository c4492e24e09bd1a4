import { describe, expect, it } from 'vitest'
import { filterChipsFrom } from './runFilterChips'

const chipsOf = (query: string) => {
  const params = new URLSearchParams(query)
  return filterChipsFrom((key) => params.get(key)).map((chip) => chip.label)
}

describe('filterChipsFrom', () => {
  it('words each active filter as the rule the list applies, in the panel order', () => {
    expect(
      chipsOf('maxCredits=12.5&from=2026-01-01&minDurationMs=1800000&triggeredBy=u-7&to=2026-01-31&maxDurationMs=10800000'),
    ).toEqual([
      'Started on or after 2026-01-01',
      'Started on or before 2026-01-31',
      'Triggered by u-7',
      'Duration ≥ 30 min',
      'Duration ≤ 3 h',
      'Credits ≤ 12.5 ACT',
    ])
  })

  it('names the person a user id stands for when known, keeping the id', () => {
    const params = new URLSearchParams('triggeredBy=usr-0004')
    const names: Record<string, string> = { 'usr-0004': 'Jonas Weber' }
    expect(
      filterChipsFrom(
        (key) => params.get(key),
        (id) => names[id],
      ).map((chip) => chip.label),
    ).toEqual(['Triggered by Jonas Weber (usr-0004)'])
  })

  it('gives no chip to a value the list ignores, nor to search and status (they stay in view)', () => {
    expect(chipsOf('from=yesterday&minDurationMs=-5&minCredits=abc&q=run-1&status=FAILED&triggeredBy=%20')).toEqual([])
  })
})
