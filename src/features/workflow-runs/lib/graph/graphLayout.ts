import { graphlib, layout } from '@dagrejs/dagre'
import type { Workflow } from '@/shared/contract/workflows'
import { conditionText, edgeLabelText } from './conditionText'
import { curvePath } from './curvePath'

type Graph = Workflow['graph']

/** `performance.mark`s of the graph (the bench measures with them): the workflow is in hand; it is laid out. */
export const GRAPH_DATA_MARK = 'workflow-graph:data'
export const GRAPH_LAYOUT_MARK = 'workflow-graph:laid-out'

/** Node box on the drawing (px at 100 %): two lines of text, a name and a status or module line. */
export const NODE_WIDTH = 280
export const NODE_HEIGHT = 56
const LABEL_HEIGHT = 20
/** Width of one character of an edge label (0.75rem text) plus the label's padding: dagre reserves the space. */
const LABEL_CHAR_PX = 6.6
const LABEL_PADDING_PX = 14

export type LaidOutNode = {
  id: string
  name: string
  kind: string
  moduleRef?: string
  /** Top-left corner on the drawing. */
  x: number
  y: number
  /** Row of the drawing (0 = top): nodes of one rank are drawn side by side. */
  rank: number
}

export type LaidOutEdge = {
  id: string
  /** Index in the workflow's `graph.edges`. */
  index: number
  source: string
  target: string
  /** SVG path data from the source's border to the target's. */
  path: string
  /** The whole condition as text (conditional edges). */
  condition?: string
  /** The branch a choice takes when no condition holds. */
  isDefault: boolean
  /** Drawn at the edge's middle: the clipped condition, or "default". */
  label?: { text: string; x: number; y: number; width: number }
}

export type GraphLayout = {
  /** In reading order: rank by rank, left to right. */
  nodes: LaidOutNode[]
  edges: LaidOutEdge[]
  width: number
  height: number
  /** Edges whose end is not a node of the graph (unknown data): not drawn, counted for the text alternative. */
  danglingEdges: number
}

/**
 * Lays a workflow's graph out top to bottom with dagre (docs/decisions/015): ranks follow the edges, so the drawing
 * reads in the order the steps run, like the timeline and the steps table beside it. Edge labels get space of their
 * own in the layout, so a condition never sits on a node.
 */
export function layoutGraph(graph: Graph): GraphLayout {
  const g = new graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: 'TB', nodesep: 32, ranksep: 44, edgesep: 16, marginx: 16, marginy: 16 })
  const byId = new Map<string, Graph['nodes'][number]>()
  for (const node of graph.nodes) {
    // A repeated id (unknown data) is one node: the first spelling wins.
    if (byId.has(node.id)) continue
    byId.set(node.id, node)
    g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT })
  }
  const kept = graph.edges.flatMap((edge, index) => {
    if (!byId.has(edge.source) || !byId.has(edge.target)) return []
    const condition = edge.condition === undefined ? undefined : conditionText(edge.condition)
    const isDefault = edge.default === true
    const text = condition !== undefined ? edgeLabelText(condition) : isDefault ? 'default' : undefined
    const name = String(index)
    g.setEdge(
      edge.source,
      edge.target,
      text === undefined ? {} : { width: text.length * LABEL_CHAR_PX + LABEL_PADDING_PX, height: LABEL_HEIGHT, labelpos: 'c' },
      name,
    )
    return [{ edge, index, name, condition, isDefault, text }]
  })
  layout(g)

  const placed = [...byId.values()].map((node) => {
    const box = g.node(node.id)
    return { node, cx: box.x ?? 0, cy: box.y ?? 0 }
  })
  const rows = [...new Set(placed.map((p) => Math.round(p.cy)))].sort((a, b) => a - b)
  const nodes = placed
    .map(({ node, cx, cy }): LaidOutNode => ({
      id: node.id,
      name: node.name,
      kind: node.kind,
      ...(node.moduleRef !== undefined ? { moduleRef: node.moduleRef } : {}),
      x: cx - NODE_WIDTH / 2,
      y: cy - NODE_HEIGHT / 2,
      rank: rows.indexOf(Math.round(cy)),
    }))
    .sort((a, b) => a.rank - b.rank || a.x - b.x)
  const edges = kept.map(({ edge, index, name, condition, isDefault, text }): LaidOutEdge => {
    const label = g.edge({ v: edge.source, w: edge.target, name })
    return {
      id: `${edge.source}→${edge.target}#${name}`,
      index,
      source: edge.source,
      target: edge.target,
      path: curvePath(label.points ?? []),
      ...(condition !== undefined ? { condition } : {}),
      isDefault,
      ...(text !== undefined ? { label: { text, x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0 } } : {}),
    }
  })
  const size = g.graph()
  return {
    nodes,
    edges,
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    danglingEdges: graph.edges.length - kept.length,
  }
}
