import { at, run, step, T0 } from '@/test/workflowRunFixtures'
import { overlayOf } from './overlay'

describe('overlayOf (the comparison’s timeline overlay)', () => {
  it('aligns every run at its own start on one axis as long as the longest run', () => {
    const quick = run(
      [
        step('qc', { status: 'completed', startedAt: at(0), finishedAt: at(10) }),
        step('search', { status: 'completed', startedAt: at(10), finishedAt: at(50) }),
      ],
      at(50),
      'run-quick',
    )
    // The same steps, started an hour later, with the search taking twice as long: the extra 40 minutes show there.
    const slow = {
      ...run(
        [
          step('qc', { status: 'completed', startedAt: at(60), finishedAt: at(70) }),
          step('search', { status: 'completed', startedAt: at(70), finishedAt: at(150) }),
        ],
        at(160),
        'run-slow',
      ),
      startedAt: at(60),
    }
    const overlay = overlayOf([quick, slow], T0 + 999 * 60_000)
    expect(overlay.spanMs).toBe(100 * 60_000)
    expect(overlay.lanes.map((lane) => lane.spanMs)).toEqual([50 * 60_000, 100 * 60_000])
    expect(overlay.lanes[0]!.segments).toMatchObject([
      { stepId: 'qc', left: 0, width: 10 },
      { stepId: 'search', left: 10, width: 40 },
    ])
    expect(overlay.lanes[1]!.segments).toMatchObject([
      { stepId: 'qc', left: 0, width: 10 },
      { stepId: 'search', left: 10, width: 80, durationMs: 80 * 60_000 },
    ])
  })

  it('draws a running step up to now and leaves out steps that never started', () => {
    const running = run([step('qc', { status: 'running', startedAt: at(0) }), step('search', {})], undefined, 'run-live')
    const overlay = overlayOf([running], T0 + 20 * 60_000)
    expect(overlay.lanes[0]!.segments).toMatchObject([{ stepId: 'qc', status: 'running', left: 0, width: 100 }])
  })
})
