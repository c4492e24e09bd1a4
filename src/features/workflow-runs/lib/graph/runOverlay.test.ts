import type { Workflow } from '@/shared/contract/workflows'
import { WORKFLOWS } from '../../../../../mocks/fixtures/workflows'
import { run, step } from '../compare/testRuns'
import { runOverlay } from './runOverlay'

const graph = WORKFLOWS.find((wf) => wf.id === 'wf-immunopeptidomics-discovery')!.graph as Workflow['graph']
const STEPS = ['hla-typing', 'library-search', 'length-qc', 'binding', 'motifs', 'report']
const statuses = (overlay: ReturnType<typeof runOverlay>) =>
  Object.fromEntries([...overlay.nodes].map(([id, s]) => [id, s.status]))
const edge = (source: string, target: string) => graph.edges.findIndex((e) => e.source === source && e.target === target)

describe('runOverlay', () => {
  it('colours module nodes by their steps and passes the choice and pass states the run went through', () => {
    const overlay = runOverlay(
      graph,
      run(
        'r',
        STEPS.map((id) => step(id)),
      ),
    )
    expect(statuses(overlay)).toMatchObject({
      'hla-typing': 'completed',
      'qc-gate': 'passed',
      binding: 'completed',
      collect: 'passed',
      'qc-failed': 'skipped',
    })
    expect(overlay.takenEdges.has(edge('qc-gate', 'binding'))).toBe(true)
    expect(overlay.takenEdges.has(edge('qc-gate', 'qc-failed'))).toBe(false)
    expect(overlay.nodes.get('binding')?.step?.stepId).toBe('binding')
  })

  it('follows the default branch to the fail state when the run failed with no step failing (a QC gate)', () => {
    const steps = STEPS.map((id, i) => step(id, i < 3 ? {} : { status: 'skipped', attempts: 0 }))
    const overlay = runOverlay(graph, run('r', steps, { status: 'FAILED' }))
    expect(statuses(overlay)).toMatchObject({
      'length-qc': 'completed',
      'qc-gate': 'passed',
      'qc-failed': 'failed',
      binding: 'skipped',
    })
    expect(overlay.takenEdges.has(edge('qc-gate', 'qc-failed'))).toBe(true)
  })

  it('reaches nothing past a failed step', () => {
    const steps = STEPS.map((id, i) => step(id, i === 1 ? { status: 'failed' } : i > 1 ? { status: 'skipped', attempts: 0 } : {}))
    const overlay = runOverlay(graph, run('r', steps, { status: 'FAILED' }))
    expect(statuses(overlay)).toMatchObject({ 'library-search': 'failed', 'qc-gate': 'skipped', 'qc-failed': 'skipped' })
    expect([...overlay.takenEdges]).toEqual([edge('hla-typing', 'library-search')])
  })

  it('shows a running run as it stands: states ahead are pending, no branch is decided yet', () => {
    const steps = STEPS.map((id, i) =>
      step(id, i === 2 ? { status: 'running', durationMs: undefined } : i > 2 ? { status: 'pending', attempts: 0 } : {}),
    )
    const overlay = runOverlay(graph, run('r', steps, { status: 'RUNNING', finishedAt: undefined }))
    expect(statuses(overlay)).toMatchObject({
      'length-qc': 'running',
      'qc-gate': 'pending',
      'qc-failed': 'pending',
      binding: 'pending',
    })
  })

  it('lists steps that are no node of the graph', () => {
    const overlay = runOverlay(graph, run('r', [...STEPS.map((id) => step(id)), step('extra')]))
    expect(overlay.unplacedSteps.map((s) => s.stepId)).toEqual(['extra'])
  })
})
