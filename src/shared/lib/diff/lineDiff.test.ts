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

describe('diffLinesOffThread when the worker fails', () => {
  it('answers in place instead of waiting forever', async () => {
    const workers: { onerror: (() => void) | null }[] = []
    class FailingWorker {
      onerror: (() => void) | null = null
      onmessage = null
      onmessageerror = null
      constructor() {
        workers.push(this)
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', FailingWorker)
    onTestFinished(() => void vi.unstubAllGlobals())
    vi.resetModules()
    const { diffLinesOffThread: offThread } = await import('./diffOffThread')
    const answer = offThread(['a'], ['b'])
    workers[0]!.onerror?.()
    await expect(answer).resolves.toMatchObject({ rows: [{ kind: 'changed' }] })
    // And the next diff does not wait on a worker at all.
    await expect(offThread(['x'], ['x'])).resolves.toMatchObject({ added: 0, removed: 0 })
    expect(workers).toHaveLength(1)
  })
})
