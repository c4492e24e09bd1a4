import type { RunSteps } from '@/shared/contract/workflowRunSteps'
import { durationBand, gridOf, median } from './runGrid'
import { cellLabel, mostFailuresText } from './runGridText'

type Step = RunSteps['steps'][number]
const run = (id: string, steps: Step[], status = 'SUCCEEDED'): RunSteps => ({
  id,
  status,
  startedAt: '2026-01-14T09:00:00Z',
  steps,
})
const done = (stepId: string, durationMs: number, attempts = 1): Step => ({ stepId, status: 'completed', attempts, durationMs })
const failed = (stepId: string, durationMs: number): Step => ({ stepId, status: 'failed', attempts: 1, durationMs })
const STEPS = [
  { stepId: 'a', name: 'Typing' },
  { stepId: 'b', name: 'Search' },
]

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones; none for no values', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeUndefined()
  })
})

describe('durationBand', () => {
  it('shades by the 25 % threshold of the run list and the comparison, and at twice the median', () => {
    expect([0.5, 0.79, 0.8, 1, 1.24, 1.25, 1.99, 2, 5].map(durationBand)).toEqual([
      'faster',
      'faster',
      'typical',
      'typical',
      'typical',
      'slower',
      'slower',
      'much-slower',
      'much-slower',
    ])
  })
})

describe('gridOf', () => {
  it('takes each step’s median over its completed runs only: a failed step stopped early', () => {
    const grid = gridOf({
      steps: STEPS,
      items: [
        run('r1', [done('a', 100), failed('b', 10)], 'FAILED'),
        run('r2', [done('a', 200), done('b', 400)]),
        run('r3', [done('a', 300), done('b', 600)]),
      ],
    })
    const [a, b] = grid.rows
    expect(a).toMatchObject({ stepId: 'a', name: 'Typing', medianMs: 200, medianOf: 3, failures: 0 })
    expect(b).toMatchObject({ medianMs: 500, medianOf: 2, failures: 1 })
    expect(a!.cells.map((cell) => cell?.band)).toEqual(['faster', 'typical', 'slower'])
    expect(b!.cells[0]).toMatchObject({ status: 'failed', ratio: 0.02, band: 'faster' })
    expect(grid.mostFailures).toBe(1)
  })

  it('leaves a cell empty where a run has no such step, and adds a step only a run has at the end', () => {
    const grid = gridOf({
      steps: STEPS,
      items: [run('r1', [done('a', 100)]), run('r2', [done('a', 100), done('b', 50), done('new', 7)])],
    })
    expect(grid.rows.map((row) => row.stepId)).toEqual(['a', 'b', 'new'])
    expect(grid.rows[1]!.cells[0]).toBeUndefined()
    expect(grid.rows[2]).toMatchObject({ name: 'new', cells: [undefined, { status: 'completed', band: 'typical' }] })
  })

  it('has no shade for a step without a duration (running, pending) or without a completed run to compare with', () => {
    const grid = gridOf({
      steps: STEPS,
      items: [run('r1', [{ stepId: 'a', status: 'running', attempts: 1 }, failed('b', 10)], 'RUNNING')],
    })
    expect(grid.rows[0]!.cells[0]).toEqual({ status: 'running', attempts: 1, durationMs: undefined })
    expect(grid.rows[1]!.cells[0]!.band).toBeUndefined()
    expect(grid.rows[1]!.medianMs).toBeUndefined()
  })
})

describe('the grid in words', () => {
  const grid = gridOf({
    steps: STEPS,
    items: [run('r1', [done('a', 60_000), failed('b', 10)], 'FAILED'), run('r2', [done('a', 150_000, 2), failed('b', 5)])],
  })

  it('names a cell by run, step, status, duration against the median and retries', () => {
    expect(cellLabel(grid.runs[1]!, grid.rows[0]!, grid.rows[0]!.cells[1])).toBe(
      'r2, Typing: completed, 2 min 30 s, 1.4× the median, 2 attempts (retried)',
    )
    expect(cellLabel(grid.runs[0]!, grid.rows[1]!, undefined)).toBe('r1, Search: not in this run')
  })

  it('says which step failed most, naming ties together', () => {
    expect(mostFailuresText(grid)).toBe('Most failures: Search, in 2 of 2 runs.')
    const tie = gridOf({ steps: STEPS, items: [run('r1', [failed('a', 1), failed('b', 1)], 'FAILED')] })
    expect(mostFailuresText(tie)).toBe('Most failures: Typing and Search, in 1 of 1 run each.')
    expect(mostFailuresText(gridOf({ steps: STEPS, items: [run('r1', [done('a', 1)])] }))).toBe(
      'No step failed in the 1 run on screen.',
    )
  })
})
