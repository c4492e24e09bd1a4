import { stepHealthLabel } from './stepHealth'

describe('stepHealthLabel', () => {
  it('counts pending, skipped and cancelled steps together and names the latter two', () => {
    const counts = { completed: 5, failed: 1, running: 0, pending: 2, skipped: 0, cancelled: 0 }
    expect(stepHealthLabel(counts)).toBe('5 completed, 1 failed, 0 running, 2 pending')
    expect(stepHealthLabel({ ...counts, pending: 0, skipped: 1, cancelled: 1 })).toBe(
      '5 completed, 1 failed, 0 running, 2 pending (incl. 1 skipped, 1 cancelled)',
    )
  })
})
