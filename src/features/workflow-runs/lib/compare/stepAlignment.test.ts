import { describe, expect, it } from 'vitest'
import { alignSteps, mergedStepOrder } from './stepAlignment'
import { run, step } from './testRuns'

describe('step alignment', () => {
  it('matches steps by id whatever their position and keeps the baseline order', () => {
    const base = run('a', [step('typing'), step('search'), step('report')])
    const other = run('b', [step('search'), step('typing'), step('report')])
    expect(alignSteps([base, other], 0).map((row) => row.stepId)).toEqual(['typing', 'search', 'report'])
    expect(alignSteps([base, other], 0).every((row) => row.mark === 'unchanged')).toBe(true)
  })

  it('inserts a step only another run has right after that run’s previous step', () => {
    const base = run('a', [step('typing'), step('report')])
    const other = run('b', [step('typing'), step('motif'), step('report')])
    expect(mergedStepOrder([base, other], 0)).toEqual(['typing', 'motif', 'report'])
  })

  it('marks added steps, removed steps, and steps neither the run nor the baseline has', () => {
    const base = run('a', [step('typing'), step('qc')])
    const withMotif = run('b', [step('typing'), step('motif')])
    const plain = run('c', [step('typing'), step('qc')])
    const rows = alignSteps([base, withMotif, plain], 0)
    const byId = Object.fromEntries(rows.map((row) => [row.stepId, row]))
    expect(byId.motif!.mark).toBe('added')
    expect(byId.motif!.cells.map((cell) => cell.mark)).toEqual(['baseline', 'added', 'absent'])
    expect(byId.qc!.mark).toBe('removed')
    expect(byId.qc!.cells.map((cell) => cell.mark)).toEqual(['baseline', 'removed', 'unchanged'])
  })

  it('flags a step 25 % slower than the baseline as a regression, 24 % is not', () => {
    const base = run('a', [step('x', { durationMs: 100_000 }), step('y', { durationMs: 100_000 })])
    const other = run('b', [step('x', { durationMs: 125_000 }), step('y', { durationMs: 124_000 })])
    const [x, y] = alignSteps([base, other], 0)
    expect(x!.cells[1]).toMatchObject({ regression: true, mark: 'changed', durationDeltaMs: 25_000, differences: ['duration'] })
    expect(y!.cells[1]).toMatchObject({ regression: false, mark: 'unchanged', durationDeltaMs: 24_000 })
  })

  it('compares against whichever run is the baseline', () => {
    const fast = run('a', [step('x', { durationMs: 60_000 })])
    const slow = run('b', [step('x', { durationMs: 120_000 })])
    expect(alignSteps([fast, slow], 0)[0]!.cells[1]).toMatchObject({ regression: true })
    expect(alignSteps([fast, slow], 1)[0]!.cells[0]).toMatchObject({ regression: false, faster: true, durationDeltaPct: -50 })
  })

  it('reports status, attempts, version and digest differences and the share of the run', () => {
    const base = run('a', [step('x', { durationMs: 30_000 }), step('y', { durationMs: 90_000 })])
    const other = run('b', [
      step('x', { durationMs: 30_000, status: 'failed', attempts: 3, moduleVersion: '1.1.0', imageDigest: 'sha256:bbb' }),
      step('y', { durationMs: 90_000, creditsAct: 1.5 }),
    ])
    const [x, y] = alignSteps([base, other], 0)
    expect(x!.cells[1]!.differences).toEqual(['status', 'attempts', 'version', 'digest'])
    expect(x!.cells[0]!.shareOfRunPct).toBe(25)
    expect(y!.cells[1]).toMatchObject({ mark: 'unchanged', creditsDelta: 0.5 })
  })
})
