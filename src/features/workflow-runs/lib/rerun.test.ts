import type { WorkflowRun, WorkflowRunSummary } from '@/shared/contract/workflows'
import { originText, redriveCheck } from './rerun'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const step = (stepId: string, status: string) => ({ stepId, name: stepId.toUpperCase(), status }) as WorkflowRun['steps'][number]
const run = (status: string, steps: WorkflowRun['steps'], finishedAt = '2026-01-09T04:07:13Z') =>
  ({ id: 'run-000398', status, finishedAt, steps }) as WorkflowRun
const failed = run('FAILED', [step('a', 'completed'), step('b', 'completed'), step('c', 'failed'), step('d', 'skipped')])

describe('redriveCheck', () => {
  it('does not apply to succeeded or running runs', () => {
    expect(redriveCheck(run('SUCCEEDED', [step('a', 'completed')]), [], NOW)).toEqual({ applies: false })
    expect(redriveCheck(run('RUNNING', [step('a', 'running')]), [], NOW)).toEqual({ applies: false })
  })

  it('redrives a failed run from its failed step; the steps before it are not run again', () => {
    const check = redriveCheck(failed, [], NOW)
    expect(check).toMatchObject({ applies: true, step: { stepId: 'c' }, blocked: undefined })
    expect(check.applies && check.notRunAgain.map((s) => s.stepId)).toEqual(['a', 'b'])
    // An aborted run from the step that was cancelled.
    const aborted = run('ABORTED', [step('a', 'completed'), step('b', 'cancelled')])
    expect(redriveCheck(aborted, undefined, NOW)).toMatchObject({ applies: true, step: { stepId: 'b' } })
  })

  it('says why a run cannot be redriven: the 14 days, a fail state, an earlier redrive', () => {
    const old = run('FAILED', failed.steps, '2025-12-26T01:15:51Z')
    expect(redriveCheck(old, [], NOW)).toMatchObject({ blocked: expect.stringContaining('ended 20 days ago') })
    const gate = run('FAILED', [step('a', 'completed'), step('b', 'skipped')])
    expect(redriveCheck(gate, [], NOW)).toMatchObject({ blocked: expect.stringContaining('No step failed') })
    const redriven = [{ id: 'run-900001', origin: { runId: 'run-000398', kind: 'redrive' } }] as WorkflowRunSummary[]
    expect(redriveCheck(failed, redriven, NOW)).toMatchObject({ blocked: 'Already redriven as run-900001.' })
  })
})

describe('originText', () => {
  it('names the origin and how the run came from it', () => {
    expect(originText({ runId: 'run-000398', kind: 'redrive', fromStepId: 'report' }, 'Report')).toBe(
      'Redrive of run-000398 from “Report”',
    )
    expect(originText({ runId: 'run-1', kind: 'rerun' }, undefined)).toBe('Re-run of run-1 with the same inputs')
    expect(originText({ runId: 'run-1', kind: 'rerun-with-changes' }, undefined)).toBe('Re-run of run-1 with changed inputs')
    expect(originText({ runId: 'run-1', kind: 'backfill' }, undefined)).toBe('Started from run-1 (backfill)')
  })
})
