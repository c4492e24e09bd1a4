import type { Workflow } from '@/shared/contract/workflows'
import { WORKFLOWS } from '../../../../../mocks/fixtures/workflows'
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from './graphLayout'

const graphOf = (id: string) => WORKFLOWS.find((wf) => wf.id === id)!.graph as Workflow['graph']
const discovery = () => layoutGraph(graphOf('wf-immunopeptidomics-discovery'))

describe('layoutGraph (dagre)', () => {
  it('ranks the states top to bottom along the edges, the two branches of a choice side by side', () => {
    const layout = discovery()
    const rank = (id: string) => layout.nodes.find((node) => node.id === id)!.rank
    expect(['hla-typing', 'library-search', 'length-qc', 'qc-gate'].map(rank)).toEqual([0, 1, 2, 3])
    expect(rank('binding')).toBe(4)
    expect(rank('qc-failed')).toBe(4)
    expect(rank('report')).toBe(7)
    const y = (id: string) => layout.nodes.find((node) => node.id === id)!.y
    expect(y('library-search')).toBeGreaterThan(y('hla-typing') + NODE_HEIGHT)
    // Reading order: rank by rank, left to right.
    expect(layout.nodes.map((node) => node.rank)).toEqual([...layout.nodes.map((node) => node.rank)].sort((a, b) => a - b))
  })

  it('marks the default branch and labels the conditional edge with its condition', () => {
    const { edges } = discovery()
    const fallback = edges.find((edge) => edge.target === 'qc-failed')!
    expect(fallback.isDefault).toBe(true)
    expect(fallback.label?.text).toBe('default')
    const gate = edges.find((edge) => edge.source === 'qc-gate' && edge.target === 'binding')!
    expect(gate.isDefault).toBe(false)
    expect(gate.condition).toBe('$.qc.ninemerFraction ≥ 0.4')
    expect(gate.label?.text).toBe('$.qc.ninemerFraction ≥ 0.4')
    expect(edges.find((edge) => edge.target === 'library-search')!.label).toBeUndefined()
  })

  it('draws each edge from the bottom of its source to the top of its target', () => {
    const layout = discovery()
    const edge = layout.edges.find((e) => e.source === 'hla-typing')!
    const source = layout.nodes.find((node) => node.id === 'hla-typing')!
    const target = layout.nodes.find((node) => node.id === 'library-search')!
    const numbers = edge.path.match(/-?\d+(\.\d+)?/g)!.map(Number)
    expect(numbers[1]).toBeCloseTo(source.y + NODE_HEIGHT, 0)
    expect(numbers[numbers.length - 1]).toBeCloseTo(target.y, 0)
  })

  it('lays the 50 steps of the sweep out one per rank, without overlaps, inside its size', () => {
    const layout = layoutGraph(graphOf('wf-allele-panel-sweep'))
    expect(layout.nodes).toHaveLength(50)
    expect(layout.nodes.map((node) => node.rank)).toEqual([...Array(50).keys()])
    for (const node of layout.nodes) {
      expect(node.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width)
      expect(node.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height)
    }
  })

  it('takes unknown data: a repeated node once, edges to unknown states left out and counted, a cycle laid out', () => {
    const layout = layoutGraph({
      start: 'a',
      nodes: [
        { id: 'a', name: 'A', kind: 'module' },
        { id: 'a', name: 'A again', kind: 'module' },
        { id: 'b', name: 'B', kind: 'wait' },
      ],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a', condition: { Variable: '$.again', BooleanEquals: true } },
        { source: 'b', target: 'nowhere' },
      ],
    })
    expect(layout.nodes.map((node) => node.name)).toEqual(['A', 'B'])
    expect(layout.edges).toHaveLength(2)
    expect(layout.danglingEdges).toBe(1)
  })
})
