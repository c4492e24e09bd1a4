import { timeSoFar } from './timeSoFar'

describe('timeSoFar', () => {
  const now = Date.parse('2026-01-15T12:00:00Z')

  it('is the time from the start to now', () => {
    expect(timeSoFar('2026-01-15T11:40:49Z', now)).toBe(19 * 60_000 + 11_000)
  })

  it('is 0 for a start ahead of now (a client clock behind the server) or one that cannot be read', () => {
    expect(timeSoFar('2026-01-15T12:00:05Z', now)).toBe(0)
    expect(timeSoFar('not a time', now)).toBe(0)
    expect(timeSoFar(undefined, now)).toBe(0)
  })
})
