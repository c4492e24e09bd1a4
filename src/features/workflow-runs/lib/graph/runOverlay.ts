import type { Step, Workflow, WorkflowRun } from '@/shared/contract/workflows'

type Graph = Workflow['graph']

/** What the graph shows of a node in one run. */
export type NodeRunState = {
  /** A step's own status; for a state without a step (pass, choice, fail): `passed`, `failed` (a fail state the run reached), `pending` or `skipped`. */
  status: string
  /** The run's step of a module node (step id = node id, api-contract §9). */
  step?: Step
}

export type RunOverlay = {
  nodes: Map<string, NodeRunState>
  /** Indexes (into `graph.edges`) of the edges the run went along. */
  takenEdges: Set<number>
  /** Steps of the run that are no node of the graph (unknown data): listed by the text alternative. */
  unplacedSteps: Step[]
}

/** A step that has been entered: it ran, runs, waits for a worker, or ended. */
const began = (step: Step) => step.status !== 'pending' && step.status !== 'skipped'

/**
 * The run laid onto its workflow's graph. Module nodes take their step's status. States without a step are inferred
 * from the path the run took, from the start: a node is reached when the node before it completed (a choice or pass
 * state passes at once) and the edge to it was followed. Of a choice's edges, the one followed leads to a step that
 * began; when none does and the run has ended, it took its default branch (a QC gate that routed to its fail state).
 */
export function runOverlay(graph: Graph, run: WorkflowRun): RunOverlay {
  const kinds = new Map(graph.nodes.map((node) => [node.id, node.kind]))
  const ids = new Set(kinds.keys())
  const steps = new Map(run.steps.map((step) => [step.stepId, step]))
  const outgoing = new Map<string, number[]>()
  const incoming = new Map<string, string[]>()
  graph.edges.forEach((edge, index) => {
    if (!ids.has(edge.source) || !ids.has(edge.target)) return
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), index])
    incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge.source])
  })

  // Nodes from which a step that began can be reached: the branches the run went down.
  const leadsOn = new Set<string>()
  const stack = run.steps.filter((step) => ids.has(step.stepId) && began(step)).map((step) => step.stepId)
  while (stack.length) {
    const id = stack.pop()!
    if (leadsOn.has(id)) continue
    leadsOn.add(id)
    stack.push(...(incoming.get(id) ?? []))
  }

  const finished = run.status !== 'RUNNING'
  const takenBranch = (edges: number[]) => {
    const onward = edges.filter((i) => leadsOn.has(graph.edges[i]!.target))
    return onward.length ? onward : finished ? edges.filter((i) => graph.edges[i]!.default) : []
  }
  const reached = new Set<string>()
  const takenEdges = new Set<number>()
  const queue = ids.has(graph.start) ? [graph.start] : []
  while (queue.length) {
    const id = queue.shift()!
    if (reached.has(id)) continue
    reached.add(id)
    const step = steps.get(id)
    // A step passes the run on once it completed; a state without a step at once; a fail state never.
    const done = step ? step.status === 'completed' : kinds.get(id) !== 'fail'
    if (!done) continue
    const edges = outgoing.get(id) ?? []
    const branches = edges.length > 1 && edges.some((i) => graph.edges[i]!.condition !== undefined || graph.edges[i]!.default)
    const follow = branches
      ? takenBranch(edges)
      : edges.filter((i) => !steps.has(graph.edges[i]!.target) || began(steps.get(graph.edges[i]!.target)!))
    for (const index of follow) {
      takenEdges.add(index)
      queue.push(graph.edges[index]!.target)
    }
  }

  const nodes = new Map<string, NodeRunState>()
  for (const node of graph.nodes) {
    const step = steps.get(node.id)
    if (step) nodes.set(node.id, { status: step.status, step })
    else if (reached.has(node.id)) nodes.set(node.id, { status: node.kind === 'fail' ? 'failed' : 'passed' })
    else nodes.set(node.id, { status: finished ? 'skipped' : 'pending' })
  }
  return { nodes, takenEdges, unplacedSteps: run.steps.filter((step) => !ids.has(step.stepId)) }
}
