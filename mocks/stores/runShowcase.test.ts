import { LogPage } from '../../src/shared/contract/logs'
import { ModuleRun } from '../../src/shared/contract/moduleRuns'
import { advanceClock } from '../runtime/clock'
import { AS, callApi, expectOk, resetDemo } from '../testing'
import { HTML_PAYLOADS } from './runShowcase'

const log = async (runId: string) =>
  expectOk(LogPage, await callApi(AS.jonas, `/v1/module-runs/${runId}/logs?limit=1000`)).events.map((e) => e.message)
const run = async (runId: string) => expectOk(ModuleRun, await callApi(AS.jonas, `/v1/module-runs/${runId}`))

describe('showcase module runs', () => {
  it('has a run that finishes about 20 s after the demo starts while its log grows', async () => {
    expect((await run('mr-000047')).status).toBe('running')
    const early = await log('mr-000047')
    advanceClock(12_000)
    expect((await log('mr-000047')).length).toBeGreaterThan(early.length)
    advanceClock(10_000)
    const done = await run('mr-000047')
    expect(done.status).toBe('completed')
    expect(done.artifacts.length).toBeGreaterThan(0)
    expect((await log('mr-000047')).at(-1)).toMatch(/^\[INFO\] Finished in/)
  })

  it('has a long run of Jonas to cancel, and a failed one to re-run', async () => {
    advanceClock(5 * 60_000)
    expect((await run('mr-000046')).status).toBe('running')
    const failed = await run('mr-000045')
    expect(failed).toMatchObject({ status: 'failed', triggeredBy: { name: 'Jonas Weber' } })
    expect(failed.parameters).toMatchObject({ title: 'HeLa class I immunopeptidome, replicate 2' })
  })

  it('carries HTML payloads in the failed run’s parameters and log only in the xss scenario', async () => {
    resetDemo('xss')
    const failed = await run('mr-000045')
    expect(JSON.stringify(failed.parameters)).toContain(HTML_PAYLOADS[0])
    const lines = (await log('mr-000045')).join('\n')
    for (const payload of HTML_PAYLOADS) expect(lines).toContain(payload)
  })

  it('accepts a re-run of the failed run with the same parameters', async () => {
    const failed = await run('mr-000045')
    const body = { moduleId: failed.moduleId, version: failed.moduleVersion, parameters: failed.parameters, mode: 'async' }
    const again = expectOk(ModuleRun, await callApi(AS.jonas, '/v1/module-runs', { body }), 201)
    expect(again.runId).toBe('mr-000048')
    expect(again.parameters).toEqual(failed.parameters)
  })
})
