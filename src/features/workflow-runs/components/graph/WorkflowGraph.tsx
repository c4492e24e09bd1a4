import { Box, Typography } from '@mui/material'
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Workflow, WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'
import {
  GRAPH_DATA_MARK,
  GRAPH_LAYOUT_MARK,
  layoutGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  type LaidOutNode,
} from '../../lib/graph/graphLayout'
import { nodeInDirection } from '../../lib/graph/graphNavigation'
import { kindText, runFacts } from '../../lib/graph/graphText'
import { runOverlay } from '../../lib/graph/runOverlay'
import { GraphEdges } from './GraphEdges'
import { GraphNode } from './GraphNode'
import { GraphTextAlternative } from './GraphTextAlternative'
import { GraphToolbar } from './GraphToolbar'
import { useGraphViewport } from './useGraphViewport'
import './WorkflowGraph.css'

type Props = {
  /** Names the drawing and its text alternative: "Workflow graph of run-000387". */
  label: string
  graph: Workflow['graph']
  /** The workflow's module references: the workflow's own view says which module each node runs. */
  modules?: Workflow['modules']
  /** Colours the graph by this run's steps; without it the graph shows the workflow's structure. */
  run?: WorkflowRun
  /** Duration of a running step so far (from the timeline), keyed by step id. */
  durations?: Map<string, number | undefined>
  selectedStepId?: string
  /** Given with a run: clicking a step's node (or Enter) selects that step. */
  onSelect?: (stepId: string) => void
  /** Tallest the drawing gets before it scrolls (a CSS length). */
  maxHeight?: string
}

const RUN_HINT = 'Arrow keys move between steps, Enter selects. + and − zoom, 0 fits. Drag or scroll to pan.'
const STRUCTURE_HINT = '+ and − zoom, 0 fits, arrow keys scroll. Drag or scroll to pan, Ctrl + wheel zooms.'

/**
 * A workflow's graph, laid out by dagre and drawn with plain SVG and buttons: conditional edges labelled, the
 * default branch marked; with a run, each node coloured by its step's status with duration and attempts, and the step
 * nodes select the step (`?step=`, shared with the timeline and the steps table). Zoom, pan and fit by pointer, buttons
 * and keys; a text alternative lists the graph in words.
 */
export function WorkflowGraph(props: Props) {
  if (props.graph.nodes.length === 0)
    return (
      <Typography variant="body2" color="textSecondary">
        The workflow’s graph has no states.
      </Typography>
    )
  return <LaidOutGraph {...props} />
}

function LaidOutGraph({ label, graph, modules, run, durations, selectedStepId, onSelect, maxHeight = '480px' }: Props) {
  // The workflow is in hand (the first render with it), and laid out: the bench measures from these marks.
  useState(() => performance.mark(GRAPH_DATA_MARK))
  const layout = useMemo(() => {
    const laidOut = layoutGraph(graph)
    performance.mark(GRAPH_LAYOUT_MARK)
    return laidOut
  }, [graph])
  const overlay = useMemo(() => (run ? runOverlay(graph, run) : undefined), [graph, run])
  const moduleNames = useMemo(
    () => new Map((modules ?? []).map((m) => [m.id, m.version ? `${m.name} ${m.version}` : m.name])),
    [modules],
  )
  const selectable = useMemo(
    () => (onSelect && overlay ? layout.nodes.filter((node) => overlay.nodes.get(node.id)?.step) : []),
    [layout, overlay, onSelect],
  )
  const boxOf = useCallback(
    (id: string | undefined) => {
      const node = layout.nodes.find((n) => n.id === id)
      return node && { x: node.x, y: node.y, width: NODE_WIDTH, height: NODE_HEIGHT }
    },
    [layout],
  )
  // The first view centres on the selected step, else where the run failed or runs now.
  const [focusBox] = useState(() => {
    const notable = overlay && layout.nodes.find((n) => ['failed', 'running'].includes(overlay.nodes.get(n.id)?.status ?? ''))
    return boxOf(selectedStepId) ?? boxOf(notable?.id)
  })
  const { viewportRef, zoom, zoomIn, zoomOut, fit, actualSize, reveal, dragging, viewportHandlers } = useGraphViewport(
    layout,
    focusBox,
  )

  // A step selected elsewhere (the timeline, the table) is scrolled into view.
  const shownSelection = useRef(selectedStepId)
  useEffect(() => {
    if (shownSelection.current === selectedStepId) return
    shownSelection.current = selectedStepId
    const box = boxOf(selectedStepId)
    if (box) reveal(box)
  }, [selectedStepId, boxOf, reveal])

  // Roving tab stop: Tab enters the graph on one step (the selected one), arrows move between steps.
  const [active, setActive] = useState<string>()
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const register = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element)
    else buttons.current.delete(id)
  }, [])
  const tabStop = [active, selectedStepId].find((id) => selectable.some((n) => n.id === id)) ?? selectable[0]?.id
  const onNodeKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
      const next = nodeInDirection(selectable, id, event.key)
      if (!next) return
      event.preventDefault()
      event.stopPropagation()
      buttons.current.get(next.id)?.focus()
    },
    [selectable],
  )

  const hintId = useId()
  const idPrefix = `wfg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const select = (node: LaidOutNode) =>
    onSelect && selectable.includes(node)
      ? {
          selected: node.id === selectedStepId,
          tabStop: node.id === tabStop,
          onSelect,
          onKeyDown: onNodeKeyDown,
          onFocus: setActive,
          register,
        }
      : undefined
  const factsOf = (node: LaidOutNode) => {
    const state = overlay?.nodes.get(node.id)
    if (state)
      return node.kind === 'module' || state.step ? runFacts(state, durations?.get(node.id)) : [kindText(node.kind), state.status]
    const module = node.moduleRef !== undefined ? moduleNames.get(node.moduleRef) : undefined
    return [module ? clipText(module) : kindText(node.kind)]
  }
  const unplaced = overlay?.unplacedSteps ?? []

  return (
    <Box>
      <GraphToolbar
        zoom={zoom}
        onZoomIn={zoomIn}
        onZoomOut={zoomOut}
        onFit={fit}
        onActualSize={actualSize}
        hint={selectable.length ? RUN_HINT : STRUCTURE_HINT}
        hintId={hintId}
      />
      <div
        ref={viewportRef}
        className="wfg-viewport"
        role="group"
        aria-label={label}
        aria-describedby={hintId}
        // Without step buttons the drawing itself takes focus, so its keys (and the arrow keys' scrolling) work.
        tabIndex={selectable.length ? undefined : 0}
        data-dragging={dragging || undefined}
        style={{ height: `min(${layout.height + 2}px, ${maxHeight})` }}
        {...viewportHandlers}
      >
        <div className="wfg-sizer" style={{ width: layout.width * zoom, height: layout.height * zoom }}>
          <div className="wfg-stage" style={{ width: layout.width, height: layout.height, transform: `scale(${zoom})` }}>
            <GraphEdges layout={layout} takenEdges={overlay?.takenEdges} idPrefix={idPrefix} />
            {layout.nodes.map((node) => (
              <GraphNode
                key={node.id}
                node={node}
                status={overlay?.nodes.get(node.id)?.status}
                facts={factsOf(node)}
                select={select(node)}
              />
            ))}
          </div>
        </div>
      </div>
      {(unplaced.length > 0 || layout.danglingEdges > 0) && (
        <Typography variant="caption" color="textSecondary" component="p" sx={{ mt: 1 }}>
          {unplaced.length > 0 &&
            `Not in the workflow’s graph: ${unplaced.map((step) => `${clipText(step.name)} (${clipText(step.status)})`).join(', ')}. `}
          {layout.danglingEdges > 0 && `${layout.danglingEdges} transitions lead to or from states the graph does not list.`}
        </Typography>
      )}
      <GraphTextAlternative label={label} layout={layout} overlay={overlay} durations={durations} moduleNames={moduleNames} />
    </Box>
  )
}
