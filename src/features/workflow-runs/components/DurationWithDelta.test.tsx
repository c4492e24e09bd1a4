import { render, screen } from '@testing-library/react'
import type { WorkflowRunStatus } from '@/shared/contract/workflows'
import { RunsAsOfContext } from '../lib/runsAsOf'
import { RunDurationCell } from './DurationWithDelta'

const AS_OF = Date.parse('2026-01-15T12:00:00Z')
const MEDIAN = 40 * 60_000
const minutesBefore = (minutes: number) => new Date(AS_OF - minutes * 60_000).toISOString()

function cell(run: { status: WorkflowRunStatus; startedAt: string; durationMs?: number }, asOf: number | undefined) {
  render(
    <RunsAsOfContext.Provider value={asOf}>
      <table>
        <tbody>
          <tr>
            <td data-testid="duration">
              <RunDurationCell run={run} medianMs={MEDIAN} />
            </td>
          </tr>
        </tbody>
      </table>
    </RunsAsOfContext.Provider>,
  )
  return screen.getByTestId('duration')
}

describe('Run History’s duration cell', () => {
  it('shows a finished run’s duration and its difference to the median', () => {
    const duration = cell({ status: 'SUCCEEDED', startedAt: minutesBefore(90), durationMs: 50 * 60_000 }, AS_OF)
    expect(duration).toHaveTextContent(/^50 min 00 s\+25 %$/)
    expect(screen.getByTitle('+25 % against the median of succeeded runs (40 min 00 s)')).toBeInTheDocument()
  })

  it('shows a running run’s time so far, with no difference while it is under the median', () => {
    expect(cell({ status: 'RUNNING', startedAt: minutesBefore(19) }, AS_OF)).toHaveTextContent(/^19 min 00 s so far$/)
  })

  it('flags a running run already past the median, and by how much at least', () => {
    const duration = cell({ status: 'RUNNING', startedAt: minutesBefore(60) }, AS_OF)
    expect(duration).toHaveTextContent(/^1 h 00 min so far\+50 %$/)
    expect(screen.getByTitle('Still running and already +50 % over the median of succeeded runs (40 min 00 s)')).toHaveStyle({
      fontWeight: '600',
    })
  })

  it('says nothing it cannot know: a running run outside a list with a time of its own shows no duration', () => {
    expect(cell({ status: 'RUNNING', startedAt: minutesBefore(19) }, undefined)).toHaveTextContent(/^—$/)
  })
})
