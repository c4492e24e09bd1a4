import { z } from '../../src/shared/contract/zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { LogPage } from '../../src/shared/contract/logs'
import {
  Workflow,
  WorkflowPage,
  WorkflowRun,
  WorkflowRunPage,
  WorkflowRunStats,
  type WorkflowRunSummary,
} from '../../src/shared/contract/workflows'
import { advanceClock } from '../runtime/clock'
import { resetDemo, callApi, type As } from '../testing'

const JONAS: As = ['usr-0004', 'org-0002']
const AMARA_NW: As = ['usr-0005', 'org-0003']
const PRIYA: As = ['usr-0001', 'org-0001']
const WF = 'wf-immunopeptidomics-discovery'
const RUNS = `/v1/workflows/${WF}/runs`

async function request(path: string, as: As) {
  const reply = await callApi(as, path)
  return { status: reply.status, body: reply.json }
}

async function ok<S extends z.core.$ZodType>(schema: S, path: string, as: As = JONAS): Promise<z.output<S>> {
  const answer = await request(path, as)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return z.parse(schema, answer.body)
}

async function fail(path: string, as: As = JONAS) {
  const { status, body } = await request(path, as)
  return { status, error: ErrorEnvelope.parse(body).error }
}

/** Every run of a query, walking the cursor; checks no run is visited twice. */
async function walk(query = '', limit = 200): Promise<WorkflowRunSummary[]> {
  const runs: WorkflowRunSummary[] = []
  let cursor: string | null = null
  do {
    const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page: z.output<typeof WorkflowRunPage> = await ok(WorkflowRunPage, `${RUNS}?limit=${limit}${query}${after}`)
    runs.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return runs
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
}

describe('workflows', () => {
  it('lists the workflows of the active organization (a superuser sees all) and searches them', async () => {
    const mine = await ok(WorkflowPage, '/v1/workflows')
    expect(mine.items.map((w) => w.id)).toEqual([WF, 'wf-neoantigen-prioritization', 'wf-allele-panel-sweep'])
    expect(mine.items[0]).toMatchObject({ stepCount: 6, runCount: 420, lastRun: { status: 'RUNNING' } })
    expect((await ok(WorkflowPage, '/v1/workflows', PRIYA)).total).toBe(6)
    // The allele sweep is the wide one: 50 steps, the size the comparison budget names.
    expect(mine.items[2]).toMatchObject({ stepCount: 50, runCount: 60 })
    expect((await ok(WorkflowPage, '/v1/workflows?q=nightly', PRIYA)).items.map((w) => w.id)).toEqual(['wf-nightly-binding-qc'])
    expect((await fail(`/v1/workflows/${WF}`, AMARA_NW)).status).toBe(404)
  })

  it('describes the graph with module, choice, pass and fail nodes', async () => {
    const wf = await ok(Workflow, `/v1/workflows/${WF}`)
    expect(new Set(wf.graph.nodes.map((n) => n.kind))).toEqual(new Set(['module', 'choice', 'pass', 'fail']))
    const moduleRefs = new Set(wf.modules.map((m) => m.id))
    expect(wf.graph.nodes.filter((n) => n.kind === 'module').every((n) => moduleRefs.has(n.moduleRef!))).toBe(true)
  })
})

describe('workflow runs', () => {
  it('walks every run exactly once with the cursor, and has every status', async () => {
    const runs = await walk('', 37)
    expect(runs).toHaveLength(420)
    expect(new Set(runs.map((r) => r.id)).size).toBe(420)
    expect(new Set(runs.map((r) => r.status))).toEqual(new Set(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']))
    expect(runs[0]?.executionArn).toBe(
      `arn:aws:states:eu-central-1:123456789012:execution:hla-compass-immunopeptidomics-discovery:${runs[0]?.id}`,
    )
  })

  it('filters by several statuses, duration range (without running runs) and q', async () => {
    const all = await walk()
    const failed = await ok(WorkflowRunPage, `${RUNS}?status=RUNNING,FAILED&limit=200`)
    expect(failed.total).toBe(all.filter((r) => r.status === 'RUNNING' || r.status === 'FAILED').length)
    expect(failed.items.every((r) => r.status === 'RUNNING' || r.status === 'FAILED')).toBe(true)
    const ranged = await walk('&minDurationMs=600000&maxDurationMs=3600000')
    expect(ranged.length).toBe(
      all.filter((r) => r.durationMs !== undefined && r.durationMs >= 600_000 && r.durationMs <= 3_600_000).length,
    )
    expect(ranged.some((r) => r.status === 'RUNNING')).toBe(false)
    const nightly = await walk('&q=NIGHTLY')
    expect(nightly.length).toBeGreaterThan(0)
    expect(nightly.every((r) => r.tags.includes('nightly') || r.triggeredBy.name.toLowerCase().includes('nightly'))).toBe(true)
    expect((await walk('&q=run-000123')).map((r) => r.id)).toEqual(['run-000123'])
    const mei = await walk('&triggeredBy=usr-0003&minCredits=3')
    expect(mei.every((r) => r.triggeredBy.userId === 'usr-0003' && r.creditsAct >= 3)).toBe(true)
  })

  it('sorts by -durationMs with ties by id, running runs last', async () => {
    const runs = await walk('&sort=-durationMs', 50)
    const finished = runs.filter((r) => r.durationMs !== undefined)
    for (let i = 1; i < finished.length; i++) {
      const [a, b] = [finished[i - 1]!, finished[i]!]
      expect(a.durationMs! > b.durationMs! || (a.durationMs === b.durationMs && a.id < b.id)).toBe(true)
    }
    expect(runs.slice(finished.length).every((r) => r.status === 'RUNNING')).toBe(true)
  })

  it('refuses a cursor issued for other filters', async () => {
    const page = await ok(WorkflowRunPage, `${RUNS}?status=SUCCEEDED&limit=10`)
    const refused = await fail(`${RUNS}?status=FAILED&limit=10&cursor=${encodeURIComponent(page.nextCursor!)}`)
    expect(refused.status).toBe(400)
    expect(refused.error.details?.fields?.[0]?.field).toBe('cursor')
  })

  it('computes median and p90 over the SUCCEEDED runs matching the filters', async () => {
    const succeeded = (await walk('&status=SUCCEEDED&q=jy')).filter((r) => r.status === 'SUCCEEDED')
    const stats = await ok(WorkflowRunStats, `${RUNS}/stats?q=jy`)
    const durations = succeeded.map((r) => r.durationMs!).sort((a, b) => a - b)
    expect(stats.medianDurationMs).toBe(Math.round(median(durations)))
    expect(stats.p90DurationMs).toBe(durations[Math.ceil(0.9 * durations.length) - 1])
    expect(stats.medianCreditsAct).toBeCloseTo(median(succeeded.map((r) => r.creditsAct)), 4)
    const none = await ok(WorkflowRunStats, `${RUNS}/stats?status=RUNNING`)
    expect(none).toEqual({ medianDurationMs: null, p90DurationMs: null, medianCreditsAct: null })
  })

  it('returns the full run with inputs and steps in execution order, progressing with the clock', async () => {
    const running = (await ok(WorkflowRunPage, `${RUNS}?status=RUNNING&limit=1`)).items[0]!
    const before = await ok(WorkflowRun, `/v1/workflow-runs/${running.id}`)
    expect(before.steps.map((s) => s.stepId)).toEqual([
      'hla-typing',
      'library-search',
      'length-qc',
      'binding',
      'motifs',
      'report',
    ])
    expect(before.inputs).toMatchObject({
      samples: expect.any(Array),
      alleles: expect.any(Array),
      thresholds: { fdr: expect.any(Number) },
    })
    const done = before.steps.find((s) => s.status === 'completed')!
    expect(
      done.artifacts[0]?.uri.startsWith(`s3://hla-compass-demo-data/workflow-files/${WF}/${running.id}/${done.stepId}/`),
    ).toBe(true)
    expect(done.artifacts[0]?.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
    advanceClock(20 * 60_000)
    const later = await ok(WorkflowRun, `/v1/workflow-runs/${running.id}`)
    expect(later.stepCounts.completed + later.stepCounts.failed).toBeGreaterThan(before.stepCounts.completed)
    expect(later.creditsAct).toBeGreaterThan(before.creditsAct)
    advanceClock(6 * 3_600_000)
    const finished = await ok(WorkflowRun, `/v1/workflow-runs/${running.id}`)
    expect(['SUCCEEDED', 'FAILED']).toContain(finished.status)
    expect(finished.durationMs).toBeGreaterThan(0)
    expect((await fail(`/v1/workflow-runs/${running.id}`, AMARA_NW)).status).toBe(404)
  })

  it('pages step logs: a finished step ends with a null token, a running step keeps one', async () => {
    const running = (await ok(WorkflowRunPage, `${RUNS}?status=RUNNING&limit=1`)).items[0]!
    const run = await ok(WorkflowRun, `/v1/workflow-runs/${running.id}`)
    const done = run.steps.find((s) => s.status === 'completed')!
    let token: string | null = null
    let lines = 0
    do {
      const after = token ? `&nextToken=${encodeURIComponent(token)}` : ''
      const page: z.output<typeof LogPage> = await ok(
        LogPage,
        `/v1/workflow-runs/${running.id}/steps/${done.stepId}/logs?limit=25${after}`,
      )
      lines += page.events.length
      token = page.nextToken
    } while (token)
    expect(lines).toBeGreaterThan(5)
    const active = run.steps.find((s) => s.status === 'running' || s.status === 'queued')!
    const tail = await ok(LogPage, `/v1/workflow-runs/${running.id}/steps/${active.stepId}/logs`)
    expect(tail.nextToken).not.toBeNull()
    const newest = await ok(LogPage, `/v1/workflow-runs/${running.id}/steps/${done.stepId}/logs?order=desc&limit=1`)
    expect(newest.events[0]?.message).toMatch(/Finished in/)
    expect((await fail(`/v1/workflow-runs/${running.id}/steps/nope/logs`)).status).toBe(404)
  })
})

describe('data sets', () => {
  it('answers the 100,000 runs of the large data set page by page', async () => {
    resetDemo('large')
    const first = await ok(WorkflowRunPage, `${RUNS}?sort=-durationMs&status=SUCCEEDED,FAILED`)
    expect(first.items).toHaveLength(50)
    const all = await ok(WorkflowRunPage, RUNS)
    expect(all.total).toBe(100_000)
    const next = await ok(WorkflowRunPage, `${RUNS}?cursor=${encodeURIComponent(all.nextCursor!)}`)
    expect(next.items[0]?.id).not.toBe(all.items[0]?.id)
    expect((await ok(WorkflowRun, '/v1/workflow-runs/run-050000')).steps).toHaveLength(6)
  })

  it('has workflows without runs in the empty data set', async () => {
    resetDemo('empty')
    const wf = await ok(WorkflowPage, '/v1/workflows')
    expect(wf.items.every((w) => w.runCount === 0 && w.lastRun === undefined)).toBe(true)
    expect(await ok(WorkflowRunPage, RUNS)).toMatchObject({ items: [], total: 0, nextCursor: null })
    expect((await ok(WorkflowRunStats, `${RUNS}/stats`)).medianDurationMs).toBeNull()
  })
})
