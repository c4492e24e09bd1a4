import { z } from '../../src/shared/contract/zod'
import { WorkflowRun, WorkflowRunPage } from '../../src/shared/contract/workflows'
import { WorkflowRunStepPage } from '../../src/shared/contract/workflowRunSteps'
import { advanceClock } from '../runtime/clock'
import { AS, callApi, errorOf, expectOk, resetDemo, type As } from '../testing'

const WF = 'wf-immunopeptidomics-discovery'
const RUNS = `/v1/workflows/${WF}/runs`
const STEPS = `${RUNS}/steps`

const ok = async <S extends z.core.$ZodType>(schema: S, path: string, as: As = AS.jonas) =>
  expectOk(schema, await callApi(as, path))
const fail = async (path: string, as: As = AS.jonas) => errorOf(await callApi(as, path))

/** The list page and the grid page of one query: the same runs, in the same order, with the same total and cursor. */
async function bothPages(query: string) {
  const list = await ok(WorkflowRunPage, `${RUNS}?${query}`)
  const grid = await ok(WorkflowRunStepPage, `${STEPS}?${query}`)
  return { list, grid }
}

describe('runs × steps (GET /v1/workflows/{id}/runs/steps)', () => {
  it('answers the run list page with its filters, sort and cursor, runs in the same order', async () => {
    for (const query of ['limit=50', 'status=FAILED,TIMED_OUT&sort=durationMs&limit=20', 'q=nightly&sort=-creditsAct&limit=30']) {
      const { list, grid } = await bothPages(query)
      expect(
        grid.items.map((run) => run.id),
        query,
      ).toEqual(list.items.map((run) => run.id))
      expect(
        grid.items.map((run) => run.status),
        query,
      ).toEqual(list.items.map((run) => run.status))
      expect(grid.total, query).toBe(list.total)
      expect(grid.nextCursor, query).toBe(list.nextCursor)
    }
    // A cursor the list issued serves the grid (and the other way round): switching views keeps the page.
    const first = await ok(WorkflowRunPage, `${RUNS}?status=SUCCEEDED&limit=50`)
    const { list, grid } = await bothPages(`status=SUCCEEDED&limit=50&cursor=${encodeURIComponent(first.nextCursor!)}`)
    expect(grid.items.map((run) => run.id)).toEqual(list.items.map((run) => run.id))
    expect(grid.items[0]!.id).not.toBe(first.items[0]!.id)
  })

  it('names the workflow steps in graph order, without its choice, pass and fail states', async () => {
    const grid = await ok(WorkflowRunStepPage, `${STEPS}?limit=1`)
    expect(grid.steps).toEqual([
      { stepId: 'hla-typing', name: 'HLA typing' },
      { stepId: 'library-search', name: 'Spectral library search' },
      { stepId: 'length-qc', name: 'Peptide length QC' },
      { stepId: 'binding', name: 'Binding prediction' },
      { stepId: 'motifs', name: 'Motif deconvolution' },
      { stepId: 'report', name: 'Report' },
    ])
  })

  it('agrees with each run detail on every step: status, attempts and duration, running runs included', async () => {
    advanceClock(90_000)
    const grid = await ok(WorkflowRunStepPage, `${STEPS}?limit=50`)
    expect(grid.items.some((run) => run.status === 'RUNNING')).toBe(true)
    expect(grid.items.some((run) => run.steps.some((step) => step.attempts > 1))).toBe(true)
    for (const run of grid.items) {
      const detail = await ok(WorkflowRun, `/v1/workflow-runs/${run.id}`)
      expect({ status: run.status, startedAt: run.startedAt, durationMs: run.durationMs }).toEqual({
        status: detail.status,
        startedAt: detail.startedAt,
        durationMs: detail.durationMs,
      })
      expect(run.steps, run.id).toEqual(
        detail.steps.map(({ stepId, status, attempts, durationMs }) => ({ stepId, status, attempts, durationMs })),
      )
    }
  })

  it('holds at most 50 runs a page and ends with a null cursor', async () => {
    const clamped = await ok(WorkflowRunStepPage, `${STEPS}?limit=200`)
    expect(clamped.items).toHaveLength(50)
    const last = await ok(WorkflowRunStepPage, `${STEPS}?status=TIMED_OUT&limit=50`)
    expect(last.nextCursor).toBeNull()
    expect(last.items.length).toBe(last.total)
    expect(last.items.every((run) => run.steps.some((step) => step.status === 'failed'))).toBe(true)
  })

  it('follows the run list’s role rules: any role of the organization, a superuser, and 404 for another one’s workflow', async () => {
    for (const as of [AS.jonas, AS.mei, AS.tomas, AS.priya])
      expect((await ok(WorkflowRunStepPage, `${STEPS}?limit=5`, as)).items).toHaveLength(5)
    expect((await fail(STEPS, AS.amaraNorthwind)).status).toBe(404)
    expect((await fail('/v1/workflows/wf-nope/runs/steps')).status).toBe(404)
  })

  it('refuses what the run list refuses: an unknown status, a cursor of other filters', async () => {
    const status = await fail(`${STEPS}?status=NOPE`)
    expect(status).toMatchObject({ status: 400, error: { details: { fields: [{ field: 'status' }] } } })
    const page = await ok(WorkflowRunPage, `${RUNS}?status=SUCCEEDED&limit=10`)
    const cursor = await fail(`${STEPS}?status=FAILED&limit=10&cursor=${encodeURIComponent(page.nextCursor!)}`)
    expect(cursor).toMatchObject({ status: 400, error: { details: { fields: [{ field: 'cursor' }] } } })
  })

  it('draws 50 runs × 50 steps of the large data set’s allele sweep, and a page of its 100,000-run workflow', async () => {
    resetDemo('large')
    const sweep = await ok(WorkflowRunStepPage, '/v1/workflows/wf-allele-panel-sweep/runs/steps', AS.mei)
    expect(sweep.steps).toHaveLength(50)
    expect(sweep.items).toHaveLength(50)
    expect(sweep.items.every((run) => run.steps.length === 50)).toBe(true)
    const discovery = await ok(WorkflowRunStepPage, `${STEPS}?sort=-durationMs`)
    expect(discovery.total).toBe(100_000)
    expect(discovery.items).toHaveLength(50)
  })

  it('answers an empty page when nothing matches', async () => {
    resetDemo('empty')
    expect(await ok(WorkflowRunStepPage, STEPS)).toMatchObject({ items: [], total: 0, nextCursor: null })
  })
})
