import type { KeyboardEvent } from 'react'
import { clipText } from '@/shared/lib/clip'
import type { LaidOutNode } from '../../lib/graph/graphLayout'
import { kindText, nodeName } from '../../lib/graph/graphText'
import { GraphNodeIcon } from './GraphNodeIcon'

type Props = {
  node: LaidOutNode
  /** The node's status in the run; absent in the workflow's own view. */
  status?: string
  /** Status, duration, attempts (a run), or the module it runs (the workflow's view). */
  facts: string[]
  /** Given for a node that selects a step: the node is a button. */
  select?: {
    selected: boolean
    /** The one node of the graph reached with Tab (roving tab stop); arrows move between the others. */
    tabStop: boolean
    onSelect: (id: string) => void
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, id: string) => void
    onFocus: (id: string) => void
    register: (id: string, element: HTMLButtonElement | null) => void
  }
}

/**
 * One state of the workflow on the drawing: an icon, its name and a line of facts, its colour by status (run) or kind
 * (workflow). Plain elements with static styles (WorkflowGraph.css): fifty of them render in a few milliseconds.
 */
export function GraphNode({ node, status, facts, select }: Props) {
  const style = { left: node.x, top: node.y }
  const content = (
    <>
      <GraphNodeIcon status={status} kind={node.kind} />
      <span className="wfg-text">
        <span className="wfg-name">{clipText(node.name)}</span>
        <span className="wfg-facts">{facts.join(' · ')}</span>
      </span>
    </>
  )
  if (!select)
    return (
      <div className="wfg-node" data-kind={node.kind} data-status={status} style={style} title={clipText(node.name)}>
        {content}
      </div>
    )
  return (
    <button
      ref={(element) => select.register(node.id, element)}
      type="button"
      className="wfg-node"
      data-kind={node.kind}
      data-status={status}
      style={style}
      aria-pressed={select.selected}
      aria-label={nodeName(node, facts)}
      tabIndex={select.tabStop ? 0 : -1}
      title={`${clipText(node.name)} (${kindText(node.kind)})`}
      onClick={() => select.onSelect(node.id)}
      onKeyDown={(event) => select.onKeyDown(event, node.id)}
      onFocus={() => select.onFocus(node.id)}
    >
      {content}
    </button>
  )
}
