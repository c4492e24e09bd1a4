import { diffLines } from '@/shared/lib/diff/lineDiff'
import { logSide, summarize } from './logDiffView'

const events = (messages: string[]) =>
  messages.map((message, i) => ({ timestamp: `2026-01-09T04:00:0${i}.000Z`, message, level: 'info' }))

describe('the log diff view', () => {
  const baseline = logSide(
    events([
      'Execution run-000391, step report: request id b8e3a7d1-91e1-4aa5-acab-f08bc16aedc8',
      'Rendering report: 69 %',
      'Rendering report: 75 %',
      'Finished in 12.0 s',
    ]),
  )
  const failed = logSide(
    events([
      'Execution run-000398, step report: request id 0aa26e0e-411b-48a9-a6f0-b27c1251c43c',
      'Rendering report: 69 %',
      '[ERROR] Data grant alithea-bio/immunopeptidomics/peptides is missing for this organization.',
      '[ERROR] Run failed (DATA_ACCESS_DENIED); exit code 1',
    ]),
  )

  it('compares lines with their run-specific values masked', () => {
    expect(failed.keys[0]).toBe('Execution ‹run›, step report: request id ‹request›')
    const diff = diffLines(baseline.keys, failed.keys)
    expect(diff.rows.map((row) => row.kind)).toEqual(['same', 'same', 'changed', 'changed'])
  })

  it('marks the row of the first line only the compared run has, and counts what differs', () => {
    const summary = summarize(diffLines(baseline.keys, failed.keys), baseline, failed)
    expect(summary.firstNewRow).toBe(2)
    expect(failed.events[summary.rows[2]!.kind === 'changed' ? summary.rows[2]!.right : -1]?.message).toMatch(
      /^\[ERROR\] Data grant/,
    )
    expect(summary).toMatchObject({ onlyRight: 2, onlyLeft: 2, noiseOnly: 1 })
  })

  it('has no first new line when the compared run adds nothing', () => {
    const summary = summarize(diffLines(baseline.keys, baseline.keys), baseline, baseline)
    expect(summary.firstNewRow).toBeUndefined()
    expect(summary).toMatchObject({ onlyRight: 0, onlyLeft: 0, noiseOnly: 0 })
  })
})
