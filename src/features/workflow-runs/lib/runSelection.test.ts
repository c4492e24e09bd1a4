import { selectedFrom, toggleSelected } from './runSelection'

describe('run selection', () => {
  it('reads run ids from the URL without blanks or repeats', () => {
    expect(selectedFrom('run-1,,run-2,run-1, ')).toEqual(['run-1', 'run-2'])
    expect(selectedFrom(null)).toEqual([])
  })

  it('adds a run at the end and removes it again', () => {
    expect(toggleSelected(['run-1'], 'run-2')).toBe('run-1,run-2')
    expect(toggleSelected(['run-1', 'run-2'], 'run-1')).toBe('run-2')
    expect(toggleSelected(['run-1'], 'run-1')).toBeUndefined()
  })
})
