import { z } from '../../src/shared/contract/zod'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { Module, ModulePage, ModuleVersionList, PublishStatus } from '../../src/shared/contract/modules'
import { advanceClock } from '../runtime/clock'
import { grantedModuleIds } from '../stores/organizationStore'
import { resetDemo, callApi, type As } from '../testing'

const SCIENTIST: As = ['usr-0004', 'org-0002']
const DEVELOPER: As = ['usr-0003', 'org-0002']
const SUPERUSER: As = ['usr-0001', 'org-0001']

async function request(path: string, as: As) {
  const reply = await callApi(as, path)
  return { status: reply.status, body: reply.json }
}

/** A 200 answer, parsed with the contract schema the console uses. */
async function get<S extends z.core.$ZodType>(schema: S, path: string, as: As = SCIENTIST): Promise<z.output<S>> {
  const { status, body } = await request(path, as)
  expect(status, JSON.stringify(body)).toBe(200)
  return z.parse(schema, body)
}

/** A failing answer: its status and the canonical error envelope. */
async function fail(path: string, as: As = SCIENTIST) {
  const { status, body } = await request(path, as)
  return { status, error: ErrorEnvelope.parse(body).error }
}

describe('module catalog', () => {
  it('shows a scientist only the modules granted to their organization', async () => {
    const body = await get(ModulePage, '/v1/modules')
    const ids = body.items.map((m) => m.id).sort()
    expect(ids).toEqual([...grantedModuleIds('org-0002')].sort())
    expect(ids).not.toContain('peptide-atlas-explorer')
    expect(body.total).toBe(ids.length)
    expect((await fail('/v1/modules/peptide-atlas-explorer')).status).toBe(404)
    expect((await fail('/v1/modules/peptide-atlas-explorer/versions')).status).toBe(404)
  })

  it('shows a superuser all eight modules, pages with limit/offset and filters by category', async () => {
    const all = await get(ModulePage, '/v1/modules', SUPERUSER)
    expect(all.total).toBe(8)
    const page = await get(ModulePage, '/v1/modules?limit=3&offset=6', SUPERUSER)
    expect(page.items).toHaveLength(2)
    expect(page.total).toBe(8)
    const binding = await get(ModulePage, '/v1/modules?category=binding-prediction', SUPERUSER)
    expect(binding.items.map((m) => m.id).sort()).toEqual(['neoantigen-ranker', 'netmhcpan-binding'])
    expect(new Set(all.items.map((m) => m.trustTier))).toEqual(new Set(['internal', 'verified', 'community']))
  })

  it('returns the manifest, permissions and resources on the detail', async () => {
    const body = await get(Module, '/v1/modules/netmhcpan-binding')
    expect(body.manifest).toMatchObject({ schemaVersion: '1.0', inputs: { type: 'object', required: ['peptides', 'alleles'] } })
    expect(JSON.stringify(body.manifest.inputs)).toContain('HLA-A*02:01')
    expect(body.permissions?.network).toEqual(['services.healthtech.dtu.dk'])
    expect(body.pricing?.tiers.find((t) => t.tier === 'developer')?.amountAct).toBe(0.35)
    const legacy = await get(Module, '/v1/modules/hla-typing-optitype')
    expect(legacy.manifest.inputs).toMatchObject({ fastq_r1: { type: 'string', required: true } })
  })

  it('lists versions newest first with the six intake steps in order', async () => {
    const body = await get(ModuleVersionList, '/v1/modules/spectral-library-search/versions')
    expect(body.items.map((v) => v.version)).toEqual(['2.4.0', '2.3.1', '2.3.0', '2.2.0', '2.1.0'])
    for (const version of body.items)
      expect(version.intake.steps.map((s) => s.key)).toEqual(['digest', 'mirror', 'scan', 'manifest', 'ui', 'policy'])
  })

  it('rejects spectral-library-search 2.4.0 by the security scan', async () => {
    const body = await get(ModuleVersionList, '/v1/modules/spectral-library-search/versions')
    const rejected = body.items[0]!
    expect(rejected.status).toBe('REJECTED')
    expect(rejected.intake.errorCode).toBe('SECURITY_SCAN_FAILED')
    const [digest, mirror, scan, ...rest] = rejected.intake.steps
    expect([digest?.status, mirror?.status]).toEqual(['passed', 'passed'])
    expect(scan).toMatchObject({ status: 'failed', findings: { critical: 1, high: 3, medium: 7, low: 12 } })
    expect(scan?.message).toMatch(/CVE-\d{4}-\d+/)
    expect(rest.map((s) => s.status)).toEqual(['skipped', 'skipped', 'skipped'])
  })

  it('gives with-ui versions a UI bundle record', async () => {
    const body = await get(ModuleVersionList, '/v1/modules/peptide-atlas-explorer/versions', SUPERUSER)
    expect(body.items[0]?.ui).toMatchObject({
      bundleUrl: '/module-bundles/peptide-atlas-explorer/1.1.0/bundle.js',
      runtime: 'react@19',
      globals: ['antd@5', 'icons@6'],
      // The demo bundle's lazily loaded chart view (mocks/module-bundles/template), hashed at build time.
      assets: [{ path: 'chart-view.chunk.js', integrity: expect.stringMatching(/^sha384-[A-Za-z0-9+/]{64}$/) }],
    })
    expect(body.items[0]?.ui?.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/)
    const noUi = await get(ModuleVersionList, '/v1/modules/netmhcpan-binding/versions')
    expect(noUi.items[0]?.ui).toBeUndefined()
  })

  it('finishes the VALIDATING intake as the demo clock advances', async () => {
    const before = await get(ModuleVersionList, '/v1/modules/neoantigen-ranker/versions', DEVELOPER)
    expect(before.items[0]).toMatchObject({ version: '0.2.0', status: 'VALIDATING' })
    expect(before.items[0]?.intake.steps.some((s) => s.status === 'running')).toBe(true)
    advanceClock(15 * 60_000)
    const after = await get(ModuleVersionList, '/v1/modules/neoantigen-ranker/versions', DEVELOPER)
    expect(after.items[0]?.status).toBe('ACTIVE')
    expect(after.items[0]?.intake.steps.every((s) => s.status === 'passed')).toBe(true)
    expect((await get(Module, '/v1/modules/neoantigen-ranker', DEVELOPER)).currentVersion).toBe('0.2.0')
  })

  it('answers the publish status to developers and refuses scientists', async () => {
    const versions = await get(ModuleVersionList, '/v1/modules/spectral-library-search/versions', DEVELOPER)
    const publishId = versions.items[0]!.intake.publishId
    const status = await get(PublishStatus, `/v1/modules/publish/${publishId}`, DEVELOPER)
    expect(status).toMatchObject({ publishId, moduleId: 'spectral-library-search', version: '2.4.0', status: 'REJECTED' })
    expect(status.errorCode).toBe('SECURITY_SCAN_FAILED')
    const refused = await fail(`/v1/modules/publish/${publishId}`)
    expect(refused.status).toBe(403)
    expect(refused.error.details?.requiredRoles).toEqual(['admin', 'developer'])
    expect((await fail('/v1/modules/publish/pub-unknown', DEVELOPER)).status).toBe(404)
  })

  it('has no modules in the empty data set', async () => {
    resetDemo('empty')
    expect(await get(ModulePage, '/v1/modules', SUPERUSER)).toEqual({ items: [], total: 0 })
  })
})
