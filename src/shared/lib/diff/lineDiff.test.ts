import { describe, expect, it } from 'vitest'
import { diffLines } from './lineDiff'
import { diffLinesOffThread } from './diffOffThread'

describe('diffLines', () => {
  it('pairs a replaced line as changed and keeps the rest aligned', () => {
    const diff = diffLines(['a', 'b', 'c'], ['a', 'B', 'c'])
    expect(diff.rows).toEqual([
      { kind: 'same', left: 0, right: 0 },
      { kind: 'changed', left: 1, right: 1 },
      { kind: 'same', left: 2, right: 2 },
    ])
    expect(diff).toMatchObject({ added: 1, removed: 1, firstOnlyRight: 1 })
  })

  it('marks lines only on one side and the first line only the right has', () => {
    const diff = diffLines(['start', 'load', 'done'], ['start', 'load', 'ERROR out of memory', 'retry'])
    expect(diff.rows.map((row) => row.kind)).toEqual(['same', 'same', 'changed', 'added'])
    expect(diff.firstOnlyRight).toBe(2)
    expect(diffLines(['x', 'y'], ['x'])).toMatchObject({ added: 0, removed: 1, firstOnlyRight: undefined })
  })

  it('finds no difference between equal inputs', () => {
    expect(diffLines(['same'], ['same'])).toMatchObject({ added: 0, removed: 0, rows: [{ kind: 'same' }] })
  })

  it('answers the same off the main thread (in place where there are no workers)', async () => {
    await expect(diffLinesOffThread(['a'], ['b'])).resolves.toMatchObject({ rows: [{ kind: 'changed', left: 0, right: 0 }] })
  })
})
