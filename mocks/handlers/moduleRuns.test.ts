import { z } from '../../src/shared/contract/zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { LogPage } from '../../src/shared/contract/logs'
import { ModuleRun, ModuleRunPage, ResultEnvelope } from '../../src/shared/contract/moduleRuns'
import { WorkflowRun } from '../../src/shared/contract/workflows'
import { advanceClock } from '../runtime/clock'
import { restoreStores, saveStores, setPersistenceTarget } from '../runtime/persistence'
import { callApi, type As } from '../testing'

const JONAS: As = ['usr-0004', 'org-0002'] // scientist
const MEI: As = ['usr-0003', 'org-0002'] // developer
const TOMAS: As = ['usr-0002', 'org-0002'] // admin
const AMARA_NW: As = ['usr-0005', 'org-0003'] // admin + developer of Northwind
const PRIYA: As = ['usr-0001', 'org-0001'] // superuser

async function request(path: string, as: As, body?: unknown) {
  const reply = await callApi(as, path, { body })
  return { status: reply.status, body: reply.json }
}

async function ok<S extends z.core.$ZodType>(
  schema: S,
  path: string,
  as: As,
  body?: unknown,
  status = 200,
): Promise<z.output<S>> {
  const answer = await request(path, as, body)
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  return z.parse(schema, answer.body)
}

async function fail(path: string, as: As, body?: unknown) {
  const { status, body: json } = await request(path, as, body)
  return { status, error: ErrorEnvelope.parse(json).error }
}

const BINDING = {
  moduleId: 'netmhcpan-binding',
  mode: 'interactive',
  parameters: { peptides: ['SIINFEKL', 'GILGFVFTL'], alleles: ['HLA-A*02:01'] },
}
const start = (as: As, body: unknown = BINDING) => ok(ModuleRun, '/v1/module-runs', as, body, 201)

/** Reads a log from `token` on until the server has nothing more right now; returns the lines and the last token. */
async function readLog(runId: string, as: As, token: string | null = null) {
  const messages: string[] = []
  for (;;) {
    const query = token ? `?limit=50&nextToken=${encodeURIComponent(token)}` : '?limit=50'
    const page = await ok(LogPage, `/v1/module-runs/${runId}/logs${query}`, as)
    messages.push(...page.events.map((e) => e.message))
    if (page.events.length === 0 || page.nextToken === null) return { messages, token: page.nextToken }
    token = page.nextToken
  }
}

describe('module run list', () => {
  it('shows the runs of the active organization, newest first, paged', async () => {
    const page = await ok(ModuleRunPage, '/v1/module-runs', JONAS)
    expect(page).toMatchObject({ page: 1, limit: 20 })
    expect(page.items).toHaveLength(20)
    const all = await ok(ModuleRunPage, '/v1/module-runs?limit=100', JONAS)
    expect(all.total).toBe(page.total)
    const created = all.items.map((r) => Date.parse(r.createdAt))
    expect(created).toEqual([...created].sort((a, b) => b - a))
    expect(new Set(all.items.map((r) => r.status))).toEqual(new Set(['queued', 'running', 'completed', 'failed', 'cancelled']))
    expect(new Set(all.items.map((r) => r.mode))).toEqual(new Set(['interactive', 'async', 'workflow']))
    const everyOrg = await ok(ModuleRunPage, '/v1/module-runs?limit=100', PRIYA)
    expect(everyOrg.total).toBeGreaterThan(all.total)
    const second = await ok(ModuleRunPage, '/v1/module-runs?page=2&limit=20&order=asc', JONAS)
    expect(second.items[0]?.runId).toBe(all.items[all.items.length - 21]?.runId)
  })

  it('filters by module and status', async () => {
    const page = await ok(ModuleRunPage, '/v1/module-runs?moduleId=netmhcpan-binding&status=completed&limit=100', JONAS)
    expect(page.items.length).toBeGreaterThan(0)
    expect(page.items.every((r) => r.moduleId === 'netmhcpan-binding' && r.status === 'completed')).toBe(true)
    expect((await fail('/v1/module-runs?status=exploded', JONAS)).status).toBe(400)
  })

  it('links workflow runs to real workflow run steps', async () => {
    const page = await ok(ModuleRunPage, '/v1/module-runs?limit=100', JONAS)
    const fromWorkflow = page.items.find((r) => r.mode === 'workflow' && r.status === 'completed')!
    const run = await ok(WorkflowRun, `/v1/workflow-runs/${fromWorkflow.workflow!.workflowRunId}`, JONAS)
    const step = run.steps.find((s) => s.stepId === fromWorkflow.workflow!.stepId)!
    expect(step.moduleRunId).toBe(fromWorkflow.runId)
    expect(fromWorkflow.artifacts).toEqual(step.artifacts)
    expect((await fail(`/v1/module-runs/${fromWorkflow.runId}`, AMARA_NW)).status).toBe(404)
  })
})

describe('starting a module run', () => {
  it('answers 422 with parameters.<path> fields for parameters that break the manifest schema', async () => {
    const missing = await fail('/v1/module-runs', JONAS, { ...BINDING, parameters: { alleles: ['HLA-A*02:01'] } })
    expect(missing.status).toBe(422)
    expect(missing.error.details?.fields).toEqual([{ field: 'parameters.peptides', message: 'Is required.' }])
    const wrong = await fail('/v1/module-runs', JONAS, {
      ...BINDING,
      parameters: {
        peptides: ['SIINFEKL'],
        alleles: ['HLA-Z*99:99'],
        rank_threshold: 50,
        prediction_mode: 'XX',
        include_affinity: 'yes',
      },
    })
    expect(wrong.error.details?.fields?.map((f) => f.field).sort()).toEqual([
      'parameters.alleles[0]',
      'parameters.include_affinity',
      'parameters.prediction_mode',
      'parameters.rank_threshold',
    ])
  })

  it('validates the legacy flat inputs form too', async () => {
    const legacy = await fail('/v1/module-runs', JONAS, {
      moduleId: 'hla-typing-optitype',
      mode: 'async',
      parameters: { sample_id: 'JY' },
    })
    expect(legacy.status).toBe(422)
    expect(legacy.error.details?.fields).toEqual([{ field: 'parameters.fastq_r1', message: 'Is required.' }])
  })

  it('refuses a module that is not granted to the organization', async () => {
    const body = {
      moduleId: 'motif-deconvolution',
      mode: 'async',
      parameters: { peptides_file: 's3://hla-compass-demo-data/p.tsv' },
    }
    const refused = await fail('/v1/module-runs', AMARA_NW, body)
    expect(refused.status).toBe(403)
    expect(refused.error.details?.reason).toBe('module_not_granted')
  })

  it('queues a run that runs, completes on the demo clock and grows its log until nextToken is null', async () => {
    const run = await start(JONAS)
    expect(run).toMatchObject({ status: 'queued', moduleVersion: '4.1.1', triggeredBy: { userId: 'usr-0004' } })
    expect(run.credit.estimatedAct).toBe(0.25)
    expect((await fail(`/v1/module-runs/${run.runId}/result`, JONAS)).status).toBe(409)
    const first = await readLog(run.runId, JONAS)
    expect(first.token).not.toBeNull()
    advanceClock(12_000)
    expect((await ok(ModuleRun, `/v1/module-runs/${run.runId}`, JONAS)).status).toBe('running')
    const second = await readLog(run.runId, JONAS, first.token)
    expect(second.messages.length).toBeGreaterThan(0)
    const idle = await ok(LogPage, `/v1/module-runs/${run.runId}/logs?nextToken=${encodeURIComponent(second.token!)}`, JONAS)
    expect(idle).toEqual({ events: [], nextToken: second.token })
    advanceClock(60_000)
    const done = await ok(ModuleRun, `/v1/module-runs/${run.runId}`, JONAS)
    expect(done).toMatchObject({ status: 'completed', logGroup: '/hla-compass/modules/netmhcpan-binding' })
    expect(done.creditsAct).toBeGreaterThan(0)
    expect(done.artifacts[0]?.uri).toMatch(new RegExp(`^s3://hla-compass-demo-data/module-runs/${run.runId}/`))
    const rest = await readLog(run.runId, JONAS, second.token)
    expect(rest.token).toBeNull()
    expect(rest.messages.at(-1)).toMatch(/^\[INFO\] Finished in/)
    const result = await ok(ResultEnvelope, `/v1/module-runs/${run.runId}/result`, JONAS)
    expect(result.status).toBe('success')
    const rows = result.status === 'success' ? result.results : []
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ peptide: 'SIINFEKL', allele: 'HLA-A*02:01' })]))
  })
})

describe('cancelling and completing', () => {
  it('refuses to cancel a finished run', async () => {
    const page = await ok(ModuleRunPage, '/v1/module-runs?status=completed&limit=100', TOMAS)
    const finished = page.items.find((r) => r.mode !== 'workflow')!
    const refused = await fail(`/v1/module-runs/${finished.runId}/cancel`, TOMAS, {})
    expect(refused.status).toBe(409)
    expect(refused.error.details?.reason).toBe('already_finished')
  })

  it('lets the owner or an admin cancel, nobody else', async () => {
    const run = await start(MEI)
    const stranger = await fail(`/v1/module-runs/${run.runId}/cancel`, JONAS, {})
    expect(stranger.status).toBe(403)
    expect(stranger.error.details?.requiredRoles).toEqual(['admin'])
    advanceClock(8_000)
    const cancelled = await ok(ModuleRun, `/v1/module-runs/${run.runId}/cancel`, TOMAS, {})
    expect(cancelled).toMatchObject({ status: 'cancelled', error: { code: 'CANCELLED' } })
    advanceClock(60_000)
    expect((await ok(ModuleRun, `/v1/module-runs/${run.runId}`, MEI)).status).toBe('cancelled')
    const log = await readLog(run.runId, MEI)
    expect(log.token).toBeNull()
    expect(log.messages.some((m) => m.includes('Cancellation requested by Tomás Herrera'))).toBe(true)
    const result = await ok(ResultEnvelope, `/v1/module-runs/${run.runId}/result`, MEI)
    expect(result.status).toBe('error')
  })

  it('keeps a UI-only run open until the host completes it', async () => {
    const run = await start(PRIYA, { moduleId: 'peptide-atlas-explorer', mode: 'interactive', parameters: { tissue: 'liver' } })
    advanceClock(30 * 60_000)
    expect((await ok(ModuleRun, `/v1/module-runs/${run.runId}`, PRIYA)).status).toBe('running')
    const done = await ok(ModuleRun, `/v1/module-runs/${run.runId}/complete`, PRIYA, {
      status: 'completed',
      summary: { peptides_viewed: 42 },
    })
    expect(done.status).toBe('completed')
    const result = await ok(ResultEnvelope, `/v1/module-runs/${run.runId}/result`, PRIYA)
    expect(result).toMatchObject({ status: 'success', summary: { peptides_viewed: 42 } })
    const noUi = await start(PRIYA)
    advanceClock(10_000)
    expect((await fail(`/v1/module-runs/${noUi.runId}/complete`, PRIYA, { status: 'completed' })).error.details?.reason).toBe(
      'not_ui_run',
    )
  })

  it('keeps started and cancelled runs in the session snapshot', async () => {
    const kept = new Map<string, string>()
    setPersistenceTarget({
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    })
    const run = await start(JONAS)
    await ok(ModuleRun, `/v1/module-runs/${run.runId}/cancel`, JONAS, {})
    saveStores()
    expect([...kept.values()].join()).toContain(run.runId)
    restoreStores()
    expect(await ok(ModuleRun, `/v1/module-runs/${run.runId}`, JONAS)).toMatchObject({ status: 'cancelled', runId: run.runId })
    const next = await start(JONAS)
    expect(next.runId).not.toBe(run.runId)
  })
})
