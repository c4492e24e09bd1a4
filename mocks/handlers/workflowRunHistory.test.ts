import { z } from '../../src/shared/contract/zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { WorkflowRunHistory, WorkflowRunPage, type WorkflowRunSummary } from '../../src/shared/contract/workflows'
import { callApi, resetDemo, AS, type As } from '../testing'

const WF = 'wf-immunopeptidomics-discovery'
const RUNS = `/v1/workflows/${WF}/runs`
const HISTORY = `${RUNS}/history`

async function ok<S extends z.core.$ZodType>(schema: S, path: string, as: As = AS.jonas): Promise<z.output<S>> {
  const reply = await callApi(as, path)
  expect(reply.status, JSON.stringify(reply.json)).toBe(200)
  return z.parse(schema, reply.json)
}

async function fail(path: string, as: As = AS.jonas) {
  const reply = await callApi(as, path)
  return { status: reply.status, error: ErrorEnvelope.parse(reply.json).error }
}

/** Every run of a list query, newest first, walking the cursor. */
async function walk(query = ''): Promise<WorkflowRunSummary[]> {
  const runs: WorkflowRunSummary[] = []
  let cursor: string | null = null
  do {
    const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page: z.output<typeof WorkflowRunPage> = await ok(WorkflowRunPage, `${RUNS}?limit=200${query}${after}`)
    runs.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return runs
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b)
const nearestRank = (sorted: number[], p: number) => sorted[Math.ceil(p * sorted.length) - 1]!
const median = (sorted: number[]) => {
  const n = sorted.length
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
}

describe('GET /v1/workflows/{id}/runs/history', () => {
  it('answers every run of a small workflow, newest first, as lean bars: id, status, start, duration, credits', async () => {
    const history = await ok(WorkflowRunHistory, HISTORY)
    const list = await walk()
    expect(history.total).toBe(420)
    expect(history.items.map((run) => run.id)).toEqual(list.map((run) => run.id))
    expect(Object.keys(history.items.find((run) => run.status === 'SUCCEEDED')!).sort()).toEqual(
      ['creditsAct', 'durationMs', 'id', 'startedAt', 'status'].sort(),
    )
    const starts = history.items.map((run) => Date.parse(run.startedAt))
    expect(starts).toEqual([...starts].sort((a, b) => b - a))
    // A running run has no duration yet; the chart draws its elapsed time.
    const running = history.items.filter((run) => run.status === 'RUNNING')
    expect(running.length).toBeGreaterThan(0)
    expect(running.every((run) => run.durationMs === undefined)).toBe(true)
  })

  it('honours the list filters, keeps the newest `limit` of them and says how many match', async () => {
    const query = '&status=SUCCEEDED,FAILED&minDurationMs=600000&q=jy&sort=durationMs'
    const list = await walk(query.replace('&sort=durationMs', ''))
    const history = await ok(WorkflowRunHistory, `${HISTORY}?limit=20${query}`)
    expect(history.total).toBe(list.length)
    expect(history.total).toBeGreaterThan(20)
    // Newest first whatever the list's sort.
    expect(history.items.map((run) => run.id)).toEqual(list.slice(0, 20).map((run) => run.id))
    const from = '2026-01-01T00:00:00.000Z'
    const to = '2026-01-08T00:00:00.000Z'
    const dated = await ok(WorkflowRunHistory, `${HISTORY}?from=${from}&to=${to}`)
    expect(dated.total).toBe((await walk(`&from=${from}&to=${to}`)).length)
    expect(dated.total).toBeGreaterThan(0)
    expect(dated.total).toBeLessThan(420)
    expect(dated.items.every((run) => run.startedAt >= from && run.startedAt < to)).toBe(true)
  })

  it('draws the band from the succeeded runs of the same filter: p25 and p75 by nearest rank, the median as /stats', async () => {
    const succeeded = (await walk('&q=nightly')).filter((run) => run.status === 'SUCCEEDED')
    const history = await ok(WorkflowRunHistory, `${HISTORY}?q=nightly&limit=5`)
    const durations = ascending(succeeded.map((run) => run.durationMs!))
    const credits = ascending(succeeded.map((run) => run.creditsAct))
    expect(history.expected.succeeded).toBe(succeeded.length)
    expect(history.expected.durationMs).toEqual({
      p25: nearestRank(durations, 0.25),
      p50: Math.round(median(durations)),
      p75: nearestRank(durations, 0.75),
    })
    expect(history.expected.creditsAct?.p25).toBeCloseTo(nearestRank(credits, 0.25), 4)
    expect(history.expected.creditsAct?.p50).toBeCloseTo(median(credits), 4)
    expect(history.expected.creditsAct?.p75).toBeCloseTo(nearestRank(credits, 0.75), 4)
    const stats = await ok(z.object({ medianDurationMs: z.nullable(z.number()) }), `${RUNS}/stats?q=nightly`)
    expect(history.expected.durationMs?.p50).toBe(stats.medianDurationMs)
    // No succeeded run in the filter: no band.
    const failed = await ok(WorkflowRunHistory, `${HISTORY}?status=FAILED`)
    expect(failed.expected).toEqual({ succeeded: 0, durationMs: null, creditsAct: null })
    expect(failed.items.length).toBeGreaterThan(0)
  })

  it('caps the limit at 500, refuses a bad one, and hides other organizations’ workflows as the list does', async () => {
    resetDemo('large')
    const history = await ok(WorkflowRunHistory, `${HISTORY}?limit=5000`)
    expect(history.items).toHaveLength(500)
    expect(history.total).toBe(100_000)
    expect(history.expected.durationMs!.p25).toBeLessThan(history.expected.durationMs!.p75)
    const bad = await fail(`${HISTORY}?limit=0`)
    expect(bad.status).toBe(400)
    expect(bad.error.details?.fields?.[0]?.field).toBe('limit')
    expect((await fail(`${HISTORY}?status=NOPE`)).status).toBe(400)
    expect((await fail(HISTORY, AS.amaraNorthwind)).status).toBe(404)
    // Every role that reads the list reads its history: a superuser sees every organization's workflows.
    expect((await ok(WorkflowRunHistory, `${HISTORY}?limit=1`, AS.priya)).items).toHaveLength(1)
  })

  it('answers nothing to draw for a workflow without runs', async () => {
    resetDemo('empty')
    expect(await ok(WorkflowRunHistory, HISTORY)).toEqual({
      items: [],
      total: 0,
      expected: { succeeded: 0, durationMs: null, creditsAct: null },
    })
  })
})
