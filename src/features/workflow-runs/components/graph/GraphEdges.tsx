import type { GraphLayout } from '../../lib/graph/graphLayout'

type Props = {
  layout: GraphLayout
  /** Edges the run went along (by index in the workflow's edges); absent in the workflow's own view. */
  takenEdges?: Set<number>
  /** Unique within the page: the arrowheads' marker ids. */
  idPrefix: string
}

/**
 * The transitions: curves with arrowheads (SVG), the default branch dashed and labelled "default", a conditional edge
 * labelled with its condition (clipped; the whole of it in the tooltip). In a run, the path the run took is drawn
 * strong and the others faint. Hidden from screen readers: the text alternative says the same in words.
 */
export function GraphEdges({ layout, takenEdges, idPrefix }: Props) {
  const arrow = `${idPrefix}-arrow`
  const faint = `${idPrefix}-arrow-faint`
  const taken = (index: number) => (takenEdges ? String(takenEdges.has(index)) : undefined)
  return (
    <>
      <svg className="wfg-edges" width={layout.width} height={layout.height} aria-hidden focusable="false">
        <defs>
          <ArrowMarker id={arrow} />
          <ArrowMarker id={faint} faint />
        </defs>
        {layout.edges.map((edge) => (
          <path
            key={edge.id}
            className="wfg-edge"
            d={edge.path}
            data-default={edge.isDefault || undefined}
            data-taken={taken(edge.index)}
            markerEnd={`url(#${taken(edge.index) === 'false' ? faint : arrow})`}
          />
        ))}
      </svg>
      <div aria-hidden>
        {layout.edges.map(
          (edge) =>
            edge.label && (
              <span
                key={edge.id}
                className="wfg-label"
                data-default={edge.isDefault || undefined}
                data-taken={taken(edge.index)}
                style={{ left: edge.label.x, top: edge.label.y, maxWidth: edge.label.width + 8 }}
                title={edge.condition !== undefined ? `When ${edge.condition}` : 'The branch taken when no condition holds'}
              >
                {edge.label.text}
              </span>
            ),
        )}
      </div>
    </>
  )
}

/** An edge's arrowhead; the faint one marks edges the run did not take. */
function ArrowMarker({ id, faint }: { id: string; faint?: boolean }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="9"
      markerHeight="9"
      markerUnits="userSpaceOnUse"
      orient="auto-start-reverse"
    >
      <path d="M0,0L10,5L0,10z" className="wfg-arrow" data-taken={faint ? 'false' : undefined} />
    </marker>
  )
}
