import { z } from '../../src/shared/contract/zod'
import { LogPage } from '../../src/shared/contract/logs'
import { ModuleRun } from '../../src/shared/contract/moduleRuns'
import { RerunPage } from '../../src/shared/contract/workflowReruns'
import { WorkflowRun } from '../../src/shared/contract/workflows'
import { advanceClock } from '../runtime/clock'
import { AS, callApi, errorOf, expectOk, type As } from '../testing'

// Demo runs of wf-immunopeptidomics-discovery at BASE_TIME (2026-01-15T12:00Z): run-000398 failed in its last step
// (report) on Jan 9; run-000404 was aborted in `binding` on Jan 10; run-000414 stopped at the QC gate on Jan 13;
// run-000349 failed on Dec 26 (outside the 14 days); run-000391 succeeded; run-000419 is still running.
const FAILED = 'run-000398'
const run = (runId: string) => `/v1/workflow-runs/${runId}`
const FIVE_MINUTES = 5 * 60_000

const post = (as: As, path: string, body: unknown = {}, key?: string) => callApi(as, path, { method: 'POST', body, key })
const detail = async (runId: string, as: As = AS.jonas) => expectOk(WorkflowRun, await callApi(as, run(runId)))
const created = (reply: Awaited<ReturnType<typeof callApi>>) => expectOk(WorkflowRun, reply, 201)

describe('POST /v1/workflow-runs/{runId}/rerun', () => {
  it('starts a new run with the same inputs that runs every step and finishes with the demo clock', async () => {
    const origin = await detail(FAILED)
    const next = created(await post(AS.jonas, `${run(FAILED)}/rerun`))
    expect(next).toMatchObject({
      id: 'run-900001',
      workflowId: origin.workflowId,
      status: 'RUNNING',
      origin: { runId: FAILED, kind: 'rerun' },
      triggeredBy: { userId: 'usr-0004', name: 'Jonas Weber' },
      inputs: origin.inputs,
    })
    expect(next.executionArn.endsWith(':run-900001')).toBe(true)
    expect(next.steps.every((step) => step.carriedOver === undefined)).toBe(true)
    advanceClock(FIVE_MINUTES)
    const done = await detail(next.id)
    expect(done.status).toBe('SUCCEEDED')
    expect(done.steps.map((step) => step.status)).toEqual(Array(6).fill('completed'))
    // Each new step is a module run of its own.
    const stepRun = expectOk(ModuleRun, await callApi(AS.jonas, `/v1/module-runs/${done.steps[5]!.moduleRunId}`))
    expect(stepRun).toMatchObject({ status: 'completed', workflow: { workflowRunId: 'run-900001', stepId: 'report' } })
  })

  it('runs with changed inputs as "rerun-with-changes", and refuses inputs the workflow cannot take field by field', async () => {
    const origin = await detail(FAILED)
    const thresholds = { ...(origin.inputs.thresholds as object), rankEL: 0.5 }
    const changed = created(await post(AS.jonas, `${run(FAILED)}/rerun`, { inputs: { ...origin.inputs, thresholds } }))
    expect(changed.origin).toEqual({ runId: FAILED, kind: 'rerun-with-changes' })
    expect(changed.inputs.thresholds).toEqual(thresholds)
    // The same inputs sent back are a plain re-run.
    expect(created(await post(AS.jonas, `${run(FAILED)}/rerun`, { inputs: origin.inputs })).origin?.kind).toBe('rerun')

    const bad = { ...origin.inputs, samples: [], thresholds: { ...thresholds, fdr: 0.5 } }
    const refused = errorOf(await post(AS.jonas, `${run(FAILED)}/rerun`, { inputs: bad }))
    expect(refused.status).toBe(422)
    expect(refused.error.details?.fields?.map((f) => f.field)).toEqual(['inputs.samples', 'inputs.thresholds.fdr'])
    expect(errorOf(await post(AS.jonas, `${run(FAILED)}/rerun`, { inputs: 'all' })).status).toBe(422)
  })
})

describe('POST /v1/workflow-runs/{runId}/redrive', () => {
  it('continues from the failed step: earlier steps are not run again, their results and logs are the origin’s', async () => {
    const origin = await detail(FAILED)
    const next = created(await post(AS.jonas, `${run(FAILED)}/redrive`))
    expect(next.origin).toEqual({ runId: FAILED, kind: 'redrive', fromStepId: 'report' })
    // The same Step Functions execution, continued.
    expect(next.executionArn).toBe(origin.executionArn)
    expect(next.inputs).toEqual(origin.inputs)
    const earlier = next.steps.slice(0, 5)
    expect(earlier.map((step) => step.carriedOver?.runId)).toEqual(Array(5).fill(FAILED))
    earlier.forEach((step, k) =>
      expect(step).toMatchObject({
        status: 'completed',
        creditsAct: 0,
        moduleRunId: origin.steps[k]!.moduleRunId,
        startedAt: origin.steps[k]!.startedAt,
        artifacts: origin.steps[k]!.artifacts,
      }),
    )
    expect(next.steps[5]).toMatchObject({ stepId: 'report', status: 'queued' })
    expect(next.steps[5]!.carriedOver).toBeUndefined()

    const log = async (runId: string, stepId: string) =>
      expectOk(LogPage, await callApi(AS.jonas, `${run(runId)}/steps/${stepId}/logs?limit=1000`)).events.map((e) => e.message)
    expect(await log(next.id, 'binding')).toEqual(await log(FAILED, 'binding'))
    advanceClock(FIVE_MINUTES)
    const done = await detail(next.id)
    expect(done).toMatchObject({ status: 'SUCCEEDED', stepCounts: { completed: 6, failed: 0 } })
    expect((await log(next.id, 'report')).at(-1)).toMatch(/^\[INFO\] Finished in/)
    // Only the step run again is charged.
    expect(done.creditsAct).toBe(done.steps[5]!.creditsAct)
  })

  it('redrives an aborted run from its cancelled step', async () => {
    const next = created(await post(AS.jonas, `${run('run-000404')}/redrive`))
    expect(next.origin).toEqual({ runId: 'run-000404', kind: 'redrive', fromStepId: 'binding' })
  })

  it('answers 409 with the reason when the run cannot be redriven', async () => {
    const reasonOf = async (runId: string) => {
      const { status, error } = errorOf(await post(AS.jonas, `${run(runId)}/redrive`))
      expect(status).toBe(409)
      return error.details?.reason
    }
    expect(await reasonOf('run-000391')).toBe('not_redrivable') // succeeded
    expect(await reasonOf('run-000419')).toBe('not_redrivable') // still running
    expect(await reasonOf('run-000349')).toBe('redrive_window_passed') // ended 20 days ago
    expect(await reasonOf('run-000414')).toBe('no_failed_step') // the QC gate
    created(await post(AS.jonas, `${run(FAILED)}/redrive`))
    expect(await reasonOf(FAILED)).toBe('already_redriven')
    // A re-run stays possible.
    created(await post(AS.jonas, `${run('run-000349')}/rerun`))
  })

  it('replays the same run for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const key = crypto.randomUUID()
    const first = created(await post(AS.jonas, `${run(FAILED)}/redrive`, {}, key))
    const again = created(await post(AS.jonas, `${run(FAILED)}/redrive`, {}, key))
    expect(again.id).toBe(first.id)
    const reused = errorOf(await post(AS.jonas, `${run(FAILED)}/redrive`, { other: true }, key))
    expect(reused).toMatchObject({ status: 409, error: { details: { reason: 'idempotency_key_reused' } } })
    const rerunKey = crypto.randomUUID()
    const a = created(await post(AS.jonas, `${run(FAILED)}/rerun`, {}, rerunKey))
    expect(created(await post(AS.jonas, `${run(FAILED)}/rerun`, {}, rerunKey)).id).toBe(a.id)
  })

  it('lets every role of the organization act, hides other organizations’ runs, and needs the modules granted', async () => {
    for (const as of [AS.tomas, AS.mei, AS.jonas, AS.priya]) created(await post(as, `${run(FAILED)}/rerun`))
    created(await post(AS.mei, `${run('run-000404')}/redrive`))
    expect(errorOf(await post(AS.amaraNorthwind, `${run(FAILED)}/rerun`)).status).toBe(404)
    expect(errorOf(await post(AS.amaraNorthwind, `${run(FAILED)}/redrive`)).status).toBe(404)
    expect(errorOf(await post(AS.jonas, `${run('run-999999')}/rerun`)).status).toBe(404)

    const revoke = await callApi(AS.tomas, '/v1/organizations/org-0002/module-grants/immunopeptidome-report', {
      method: 'DELETE',
    })
    expect(revoke.status).toBe(204)
    const refused = errorOf(await post(AS.jonas, `${run(FAILED)}/redrive`))
    expect(refused).toMatchObject({ status: 403, error: { details: { reason: 'module_not_granted' } } })
  })
})

describe('GET /v1/workflow-runs/{runId}/reruns', () => {
  it('lists the runs started from a run, newest first, each naming how it came from it', async () => {
    const empty = expectOk(RerunPage, await callApi(AS.jonas, `${run(FAILED)}/reruns`))
    expect(empty).toMatchObject({ items: [], nextCursor: null, total: 0 })
    const first = created(await post(AS.jonas, `${run(FAILED)}/rerun`))
    advanceClock(1_000)
    const second = created(await post(AS.mei, `${run(FAILED)}/redrive`))
    advanceClock(1_000)
    // A re-run of the redrive belongs to the redrive's family, not the origin's.
    created(await post(AS.jonas, `${run(second.id)}/rerun`))
    const page = expectOk(RerunPage, await callApi(AS.jonas, `${run(FAILED)}/reruns`))
    expect(page.items.map((r) => [r.id, r.origin?.kind, r.status])).toEqual([
      [second.id, 'redrive', 'RUNNING'],
      [first.id, 'rerun', 'RUNNING'],
    ])
    const paged: z.output<typeof RerunPage> = expectOk(RerunPage, await callApi(AS.jonas, `${run(FAILED)}/reruns?limit=1`))
    expect(paged.nextCursor).not.toBeNull()
    expect(errorOf(await callApi(AS.amaraNorthwind, `${run(FAILED)}/reruns`)).status).toBe(404)
  })
})
