import { z } from '../../src/shared/contract/zod'
import { Me } from '../../src/shared/contract/auth'
import { LogPage } from '../../src/shared/contract/logs'
import { ModuleRun, ResultEnvelope } from '../../src/shared/contract/moduleRuns'
import { Module, ModulePage } from '../../src/shared/contract/modules'
import { AuditEventPage, DataGrantPage, MemberPage, OrganizationPage } from '../../src/shared/contract/organizations'
import { RegistryPage } from '../../src/shared/contract/registries'
import { WorkflowPage, WorkflowRun } from '../../src/shared/contract/workflows'
import { renderedCases, URI_PAYLOADS, XSS_PAYLOADS } from '../fixtures/xssPayloads'
import { AS, callApi, resetDemo, type As } from '../testing'
import type { ScenarioName } from './scenario'
import { seedBody } from './xss'

/** The body of `path` in `scenario`, parsed with its contract schema (which must accept it). */
async function read<S extends z.core.$ZodType>(scenario: ScenarioName, schema: S, path: string, as: As = AS.priya) {
  resetDemo(scenario)
  const reply = await callApi(as, path)
  expect(reply.status, reply.text).toBe(200)
  return { strings: stringsOf(reply.json).join('\n'), parsed: z.parse(schema, reply.json) }
}

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : []

/** The fields in `text` (the body's strings) that carry every payload of the corpus. */
function fullyCoveredFields(text: string): Set<string> {
  const byField = new Map<string, number>()
  for (const key of renderedCases(text)) {
    const field = key.split('|')[0]!
    byField.set(field, (byField.get(field) ?? 0) + 1)
  }
  return new Set([...byField].filter(([, count]) => count === XSS_PAYLOADS.length).map(([field]) => field))
}

const RUN = '/v1/workflow-runs/run-000387'
const MODULE_RUN = '/v1/module-runs/mr-000018' // completed binding run: artifacts, peptides in its results
const FAILED_RUN = '/v1/module-runs/mr-000045'

describe('the xss scenario', () => {
  it.each([
    ['organizations', OrganizationPage, '/v1/organizations', ['organization.name']],
    ['members', MemberPage, '/v1/organizations/org-0002/members', ['member.name', 'member.email']],
    ['registries', RegistryPage, '/v1/organizations/org-0002/registries', ['registry.host', 'registry.namespaces']],
    ['data grants', DataGrantPage, '/v1/organizations/org-0002/data-grants', ['dataGrant.provider', 'dataGrant.catalog']],
    ['audit events', AuditEventPage, '/v1/organizations/org-0002/audit-events', ['user.name', 'auditTarget.label']],
    ['modules', ModulePage, '/v1/modules', ['module.displayName', 'module.description', 'module.tags']],
    ['a module', Module, '/v1/modules/netmhcpan-binding', ['manifest.title', 'manifest.description', 'author.name']],
    ['a module run', ModuleRun, MODULE_RUN, ['moduleRun.moduleName', 'moduleRun.logGroup', 'artifact.name', 'user.name']],
    ['a failed module run', ModuleRun, FAILED_RUN, ['error.message']],
    ['a module run result', ResultEnvelope, `${MODULE_RUN}/result`, ['result.results']],
    ['run logs', LogPage, `${FAILED_RUN}/logs`, ['log.message']],
    ['workflows', WorkflowPage, '/v1/workflows', ['workflow.name', 'workflow.description']],
    ['a workflow run', WorkflowRun, RUN, ['step.name', 'step.inputs', 'workflowRun.inputs', 'artifact.name']],
    ['me', Me, '/v1/auth/me', ['me.name', 'me.email', 'organization.name']],
  ] as const)('seeds every payload into %s and the body still parses', async (_, schema, path, fields) => {
    const { strings } = await read('xss', schema, path)
    const covered = fullyCoveredFields(strings)
    for (const field of fields) expect(covered, field).toContain(field)
  })

  it('starts every artifact URI and execution ARN with a dangerous scheme, and keeps ids, enums and dates', async () => {
    const plain = (await read('default', WorkflowRun, RUN)).parsed
    const seeded = (await read('xss', WorkflowRun, RUN)).parsed
    const uris = seeded.steps.flatMap((step) => step.artifacts.map((artifact) => artifact.uri))
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of [...uris, seeded.executionArn])
      expect(
        URI_PAYLOADS.some((payload) => uri.startsWith(payload.text)),
        uri,
      ).toBe(true)
    const skeleton = (run: typeof plain) =>
      run.steps.map((step) => [step.stepId, step.status, step.moduleId, step.moduleRunId, step.imageDigest, step.startedAt])
    expect(skeleton(seeded)).toEqual(skeleton(plain))
    expect([seeded.id, seeded.status, seeded.region, seeded.startedAt]).toEqual([
      plain.id,
      plain.status,
      plain.region,
      plain.startedAt,
    ])
  })

  it('gives the URIs of one answer every scheme in turn, and a repeated URI the same one', () => {
    const artifact = (uri: string) => ({ name: 'a.tsv', uri, sizeBytes: 1, checksum: 'x', contentType: 'text/plain' })
    const uris = Array.from({ length: URI_PAYLOADS.length }, (_, i) => `s3://bucket/run/${i}.tsv`)
    const seeded = seedBody({ steps: [{ artifacts: uris.map(artifact) }, { artifacts: [artifact(uris[0]!)] }] }) as {
      steps: { artifacts: { uri: string }[] }[]
    }
    const [first, second] = seeded.steps.map((step) => step.artifacts.map((a) => a.uri))
    expect(first!.map((uri) => URI_PAYLOADS.findIndex((payload) => uri.startsWith(payload.text)))).toEqual(
      URI_PAYLOADS.map((_, i) => i),
    )
    expect(second![0]).toBe(first![0])
    expect(first![0]).toMatch(/s3:\/\/bucket\/run\/0\.tsv$/)
  })

  it('leaves a re-run’s parameters, a result’s metadata and everything but the prose of a manifest’s inputs untouched', async () => {
    const plain = (await read('default', Module, '/v1/modules/netmhcpan-binding')).parsed
    const seeded = (await read('xss', Module, '/v1/modules/netmhcpan-binding')).parsed
    // Only the prose differs: names, types, enums, defaults, bounds and patterns are the same.
    const withoutProse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(withoutProse)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([key]) => !['title', 'description', 'label'].includes(key))
                .map(([key, item]) => [key, withoutProse(item)]),
            )
          : value
    expect(seeded.manifest.inputs).not.toEqual(plain.manifest.inputs)
    expect(withoutProse(seeded.manifest.inputs)).toEqual(withoutProse(plain.manifest.inputs))
    // (The failed showcase run's stored parameters differ between the scenarios on purpose: mocks/stores/runShowcase.ts.)
    const run = (await read('xss', ModuleRun, MODULE_RUN)).parsed
    expect(run.parameters).toEqual((await read('default', ModuleRun, MODULE_RUN)).parsed.parameters)
    const result = (await read('xss', ResultEnvelope, `${MODULE_RUN}/result`)).parsed
    expect(result.metadata).toEqual((await read('default', ResultEnvelope, `${MODULE_RUN}/result`)).parsed.metadata)
  })
})
