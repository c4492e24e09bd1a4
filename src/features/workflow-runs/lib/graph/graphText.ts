import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { formatDuration } from '@/shared/lib/format'
import type { GraphLayout, LaidOutNode } from './graphLayout'
import type { NodeRunState, RunOverlay } from './runOverlay'

/** What a node is, in words: the contract's kinds; an unknown kind is shown as it came (api-contract §1). */
export function kindText(kind: string): string {
  switch (kind) {
    case 'module':
      return 'module step'
    case 'choice':
      return 'choice'
    case 'pass':
      return 'pass state'
    case 'fail':
      return 'fail state'
    default:
      return clipText(kind)
  }
}

export const attemptsText = (attempts: number) => `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`

/** The facts of a node in a run, in the order they are read: status, duration, attempts. */
export function runFacts(state: NodeRunState, durationMs: number | undefined): string[] {
  const facts = [clipText(state.status)]
  const step = state.step
  if (!step) return facts
  const duration = durationMs ?? step.durationMs
  if (duration !== undefined) facts.push(formatDuration(duration))
  if (step.attempts > 0) facts.push(attemptsText(step.attempts))
  return facts
}

/** A node button's accessible name: "Binding prediction, failed, 3 min 12 s, 1 attempt". */
export function nodeName(node: LaidOutNode, facts: string[]): string {
  return [clipText(node.name), ...facts].join(', ')
}

/** How much of another state's name, or of a condition, a sentence about a node repeats. */
const NAMED_CHARS = 200

type Describe = {
  layout: GraphLayout
  overlay?: RunOverlay
  durations?: Map<string, number | undefined>
  /** Module names by node `moduleRef` (structure view). */
  moduleNames?: Map<string, string>
}

/**
 * The graph as sentences, one per node in reading order, for the text alternative: what the node is, how it went in
 * the run, and where the workflow goes next, with each condition and the default branch spelled out.
 */
export function describeNodes({ layout, overlay, durations, moduleNames }: Describe): string[] {
  // Where a sentence names other states and conditions, each is cut shorter (its own sentence says it whole), and the
  // sentence is cut as prose: a workflow of 100,000-character names reads, and lays out, like any other (issue 12).
  const names = new Map(layout.nodes.map((node) => [node.id, clipText(node.name, NAMED_CHARS)]))
  return layout.nodes.map((node) => {
    const state = overlay?.nodes.get(node.id)
    const module = node.moduleRef !== undefined ? moduleNames?.get(node.moduleRef) : undefined
    const what = module ? `${kindText(node.kind)}, ${clipText(module)}` : kindText(node.kind)
    const facts = state ? `: ${runFacts(state, durations?.get(node.id)).join(', ')}` : ''
    const next = layout.edges
      .filter((edge) => edge.source === node.id)
      .map((edge) => {
        const when = edge.condition !== undefined ? ` when ${clipText(edge.condition, NAMED_CHARS)}` : ''
        const otherwise = edge.isDefault ? ' by default' : ''
        const taken = overlay?.takenEdges.has(edge.index) ? ' (this run went this way)' : ''
        return `${names.get(edge.target)}${when}${otherwise}${taken}`
      })
    const then = next.length ? `Next: ${next.join('; ')}.` : 'End of the workflow.'
    return clipText(`${clipText(node.name)} (${what})${facts}. ${then}`, DISPLAY_LIMIT.prose)
  })
}
