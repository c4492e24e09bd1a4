import { Module, ModulePage, ModuleSummary } from './modules'
import { ModuleRun, ResultEnvelope } from './moduleRuns'
import { isLastOffsetPage } from './primitives'

/** Observed on the platform's devkit API stub (issue 13), verbatim. */
const EXAMPLE = {
  id: 'local-devkit-example',
  name: 'Local Devkit Example',
  version: '0.1.0',
  type: 'no-ui',
  description: 'Sample module bundled with the devkit stub. Replace by registering your own manifest.',
  author: { name: 'Devkit', email: 'devkit@example.com' },
  pricing: { tiers: [{ tier: 'developer', model: 'usage-based', amountAct: 0.25 }] },
}
const WITH_UI = {
  name: 'my-peptide-tool',
  version: '0.2.0',
  type: 'with-ui',
  ui: { distPath: 'ui/dist' },
  inputs: { type: 'object', properties: { peptides: { type: 'array', items: { type: 'string' } } } },
}
const RUN = {
  runId: 'devkit-run-1a2b3c4d',
  moduleId: 'local-devkit-example',
  status: 'completed',
  parameters: { n: 3 },
  result: { status: 'success', summary: { message: 'Devkit stub executed successfully' } },
  createdAt: 1795683841.52,
}

describe('devkit shapes in the console contract', () => {
  it('reads a module page without total as total unknown, ending at the first page that is not full', () => {
    const page = ModulePage.parse({ items: [EXAMPLE] })
    expect(page.total).toBeNull()
    expect(isLastOffsetPage(page, 0, 100)).toBe(true)
    const full = ModulePage.parse({ items: [EXAMPLE, WITH_UI] })
    expect(isLastOffsetPage(full, 0, 2)).toBe(false)
    expect(isLastOffsetPage(ModulePage.parse({ items: [] }), 2, 2)).toBe(true)
  })

  it('keeps paging by total when the platform sends one', () => {
    const page = ModulePage.parse({ items: [EXAMPLE], total: 3 })
    expect(page.total).toBe(3)
    expect(isLastOffsetPage(page, 1, 1)).toBe(false)
    expect(isLastOffsetPage(page, 2, 1)).toBe(true)
  })

  it('maps a manifest-shaped list item onto a module summary', () => {
    expect(ModuleSummary.parse(EXAMPLE)).toEqual({
      id: 'local-devkit-example',
      moduleName: 'Local Devkit Example',
      displayName: 'Local Devkit Example',
      currentVersion: '0.1.0',
      type: 'no-ui',
      description: EXAMPLE.description,
      author: { name: 'Devkit', email: 'devkit@example.com' },
      pricing: { tiers: [{ tier: 'developer', model: 'usage-based', amountAct: 0.25 }] },
    })
    expect(ModuleSummary.parse(WITH_UI)).toMatchObject({ id: 'my-peptide-tool', type: 'with-ui', currentVersion: '0.2.0' })
  })

  it('reads a manifest-shaped item as a module whose manifest is the item, for the detail and the launch form', () => {
    const module = Module.parse(WITH_UI)
    expect(module).toMatchObject({ id: 'my-peptide-tool', moduleName: 'my-peptide-tool', currentVersion: '0.2.0' })
    expect(module.manifest).toEqual(WITH_UI)
    expect(module.manifest.inputs).toEqual(WITH_UI.inputs)
  })

  it('maps the devkit run record onto a module run: module id as name, epoch seconds as ISO, the rest empty', () => {
    const run = ModuleRun.parse(RUN)
    expect(run).toMatchObject({
      runId: 'devkit-run-1a2b3c4d',
      moduleId: 'local-devkit-example',
      moduleName: 'local-devkit-example',
      status: 'completed',
      parameters: { n: 3 },
      createdAt: '2026-11-26T09:04:01.520Z',
      moduleVersion: '',
      artifacts: [],
    })
    expect(run.startedAt).toBeUndefined()
    expect(run.creditsAct).toBeUndefined()
  })

  it('reads the devkit result as a success envelope without metadata', () => {
    expect(ResultEnvelope.parse(RUN.result)).toEqual({
      status: 'success',
      summary: { message: 'Devkit stub executed successfully' },
    })
  })
})
