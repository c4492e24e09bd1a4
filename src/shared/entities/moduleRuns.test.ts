import { isActiveRun } from './moduleRuns'

describe('isActiveRun', () => {
  it('counts queued and running runs as active and the three end states as finished', () => {
    expect(['queued', 'running'].map(isActiveRun)).toEqual([true, true])
    expect(['completed', 'failed', 'cancelled'].map(isActiveRun)).toEqual([false, false, false])
  })

  it('keeps following a run whose status the console does not know yet (the contract’s enum is open)', () => {
    expect(isActiveRun('provisioning')).toBe(true)
  })
})
