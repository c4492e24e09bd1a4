import { at, run, step, T0 } from '@/test/workflowRunFixtures'
import { axisTicks, timelineOf } from './timeline'

describe('timelineOf', () => {
  it('places finished steps on the run axis with the waits between them', () => {
    const t = timelineOf(
      run(
        [
          step('a', { status: 'completed', startedAt: at(10), finishedAt: at(40), durationMs: 30 * 60_000 }),
          step('b', { status: 'completed', startedAt: at(50), finishedAt: at(100) }),
        ],
        at(100),
      ),
      T0 + 999 * 60_000,
    )
    expect(t.rows[0]).toMatchObject({ bar: { left: 10, width: 30 }, wait: { left: 0, width: 10, ms: 600_000 } })
    expect(t.rows[1]).toMatchObject({ bar: { left: 50, width: 50 }, wait: { left: 40, width: 10 }, durationMs: 3_000_000 })
    expect(axisTicks(t, 3)).toEqual([0, 3_000_000, 6_000_000])
  })

  it('grows a running step up to now and leaves steps that never started without a bar', () => {
    const steps = [step('a', { status: 'running', startedAt: at(0), attempts: 2 }), step('b', {})]
    expect(timelineOf(run(steps), T0 + 20 * 60_000).rows[0]).toMatchObject({
      bar: { left: 0, width: 100 },
      durationMs: 1_200_000,
    })
    const later = timelineOf(run(steps), T0 + 40 * 60_000)
    expect(later.endMs - later.startMs).toBe(2_400_000)
    expect(later.rows[1]!.bar).toBeUndefined()
  })
})
