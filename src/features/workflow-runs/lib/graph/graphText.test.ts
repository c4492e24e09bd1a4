import type { Workflow } from '@/shared/contract/workflows'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { WORKFLOWS } from '../../../../../mocks/fixtures/workflows'
import { layoutGraph } from './graphLayout'
import { describeNodes } from './graphText'

const discovery = WORKFLOWS.find((wf) => wf.id === 'wf-immunopeptidomics-discovery')!.graph as Workflow['graph']

describe('describeNodes', () => {
  it('says each state, the module it runs, and where the workflow goes next', () => {
    const sentences = describeNodes({
      layout: layoutGraph(discovery),
      moduleNames: new Map([['m-typing', 'HLA typing (OptiType) 1.2.1']]),
    })
    expect(sentences[0]).toBe('HLA typing (module step, HLA typing (OptiType) 1.2.1). Next: Spectral library search.')
    expect(sentences).toContain(
      '9-mer fraction ≥ 40 %? (choice). Next: Binding prediction when $.qc.ninemerFraction ≥ 0.4; QC failed by default.',
    )
    expect(sentences).toContain('QC failed (fail state). End of the workflow.')
  })

  it('keeps every sentence to the length of prose when names are 100,000 characters long', () => {
    const long = (text: string) => `${text} ${'x'.repeat(100_000)}`
    const graph = { ...discovery, nodes: discovery.nodes.map((node) => ({ ...node, name: long(node.name) })) }
    const sentences = describeNodes({ layout: layoutGraph(graph) })
    for (const sentence of sentences) expect(sentence.length).toBeLessThanOrEqual(DISPLAY_LIMIT.prose + 1)
    const gate = sentences.find((sentence) => sentence.startsWith('9-mer'))!
    expect(gate).toMatch(/Next: Binding prediction x+… when \$\.qc\.ninemerFraction ≥ 0\.4; QC failed x+… by default\.$/)
  })
})
