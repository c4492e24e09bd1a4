import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { memo, useCallback, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react'
import type { RunSteps } from '@/shared/contract/workflowRunSteps'
import { clipText } from '@/shared/lib/clip'
import type { GridModel, GridRow } from '../../lib/runGrid'
import { cellDetails, cellLabel, labelName, rowDetails, runDetails } from '../../lib/runGridText'
import { GridTip, type Tip } from './GridTip'
import { runGlyph, shortTime, stepGlyph } from './glyph'
import { NAME_COL, posOf, useRovingGrid, type GridPos } from './useRovingGrid'

const ROW_HEIGHT = 20
const HEAD_HEIGHT = 124
const LEFT_WIDTH = 264 // step name 216 + failures 48 (RunStepGrid.css)
const COL_WIDTH = 18

type Props = {
  model: GridModel
  selectedIds: ReadonlySet<string>
  onToggleSelected: (runId: string) => void
  /** Opens run `runId` at `stepId` (in a new tab with Ctrl/⌘). */
  onOpen: (runId: string, stepId: string | undefined, newTab: boolean) => void
}

/**
 * The runs × steps grid (role="grid"): step rows (virtualized: only those in view are in the DOM, plus the active one),
 * run columns in the page's order, one square per cell. Events are delegated to the grid, so a cell is one element
 * with no handlers of its own; one card (GridTip) explains whatever cell, step or run is hovered or focused.
 */
export function StepGrid({ model, selectedIds, onToggleSelected, onOpen }: Props) {
  const { runs, rows } = model
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const [tip, setTip] = useState<Tip | null>(null)

  const activate = (pos: GridPos, event: KeyboardEvent | MouseEvent) => {
    if (pos.c < 0) return
    const run = runs[pos.c]!
    if (pos.r < 0) return onToggleSelected(run.id)
    const row = rows[pos.r]!
    onOpen(run.id, row.cells[pos.c] ? row.stepId : undefined, event.ctrlKey || event.metaKey)
  }
  const { active, onKeyDown, onFocus } = useRovingGrid(gridRef, rows.length, runs.length, activate)

  const activeRow = active.r
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      // The active row stays mounted when scrolled away, so the grid's one tab stop never disappears.
      return activeRow < 0 || indexes.includes(activeRow) ? indexes : [...indexes, activeRow].sort((a, b) => a - b)
    },
    [activeRow],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler must not memoize; we do not use the compiler.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Few rows beyond the view: the first draw is the budget (issue 17: 300 ms), scrolling adds rows as they come.
    overscan: 3,
    rangeExtractor,
  })

  const explain = (element: Element | null) => {
    // A run's whole column head explains the run, not only its checkbox (the head's one focusable element).
    const anchor = element?.closest('[data-head]') ?? element?.closest('[data-r]')
    const pos =
      anchor instanceof HTMLElement && anchor.dataset.head ? { r: -1, c: Number(anchor.dataset.head) } : posOf(anchor ?? null)
    if (!pos || !anchor) return setTip(null)
    const run = runs[pos.c]
    const row = rows[pos.r]
    const content = run
      ? row
        ? cellDetails(run, row, row.cells[pos.c])
        : runDetails(run)
      : row
        ? rowDetails(row, runs.length)
        : null
    setTip(content && { anchor, ...content })
  }

  const width = LEFT_WIDTH + runs.length * COL_WIDTH
  const style = { '--rg-head': `${HEAD_HEIGHT}px`, '--rg-left': `${LEFT_WIDTH}px` } as CSSProperties
  return (
    <div ref={scrollRef} className="rg-scroll" style={style} onScroll={() => setTip((t) => t && { ...t })}>
      <div
        ref={gridRef}
        role="grid"
        aria-label="Steps by run"
        aria-rowcount={rows.length + 1}
        aria-colcount={runs.length + 2}
        className="rg-grid"
        style={{ width }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setTip(null)
          onKeyDown(event)
        }}
        onFocus={(event) => {
          onFocus(event)
          explain(event.target)
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setTip(null)
        }}
        onMouseOver={(event) => explain(event.target as Element)}
        onMouseLeave={() => setTip(null)}
        onClick={(event) => {
          const pos = posOf(event.target as Element)
          if (pos && pos.r >= 0) activate(pos, event)
        }}
      >
        <div role="rowgroup" className="rg-head">
          <div role="row" aria-rowindex={1} className="rg-row" style={{ width }}>
            <div
              role="columnheader"
              className="rg-name rg-focusable"
              data-r={-1}
              data-c={NAME_COL}
              tabIndex={tabIndex(active, -1, NAME_COL)}
            >
              Step
            </div>
            <div role="columnheader" className="rg-fail rg-focusable" data-r={-1} data-c={-1} tabIndex={tabIndex(active, -1, -1)}>
              Failed
            </div>
            {runs.map((run, c) => (
              <RunHead
                key={run.id}
                run={run}
                c={c}
                picked={selectedIds.has(run.id)}
                tabIndex={tabIndex(active, -1, c)}
                onToggle={onToggleSelected}
              />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="rg-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <StepRow
              key={rows[item.index]!.stepId}
              row={rows[item.index]!}
              r={item.index}
              top={item.start}
              width={width}
              runs={runs}
              most={model.mostFailures}
              activeCol={active.r === item.index ? active.c : null}
            />
          ))}
        </div>
      </div>
      {tip && <GridTip tip={tip} />}
    </div>
  )
}

const tabIndex = (active: GridPos, r: number, c: number) => (active.r === r && active.c === c ? 0 : -1)

type HeadProps = { run: RunSteps; c: number; picked: boolean; tabIndex: number; onToggle: (runId: string) => void }

/** A run's column head: the Compare checkbox, the run's status square and its start time. */
const RunHead = memo(function RunHead({ run, c, picked, tabIndex, onToggle }: HeadProps) {
  const { lines } = runDetails(run)
  return (
    <div
      role="columnheader"
      aria-label={`${run.id}, ${lines.join(', ')}`}
      className={picked ? 'rg-col rg-picked' : 'rg-col'}
      data-head={c}
    >
      <input
        type="checkbox"
        className="rg-focusable"
        data-r={-1}
        data-c={c}
        tabIndex={tabIndex}
        checked={picked}
        onChange={() => onToggle(run.id)}
        aria-label={`Select ${run.id}`}
      />
      <span className="rg-glyph" data-s={runGlyph(run.status)} aria-hidden />
      <span className="rg-time" aria-hidden>
        {shortTime(run.startedAt)}
      </span>
    </div>
  )
})

type RowProps = {
  row: GridRow
  r: number
  top: number
  width: number
  runs: RunSteps[]
  most: number
  /** The active column when the active cell is in this row, else null: only the rows it leaves or enters re-render. */
  activeCol: number | null
}

/** A step's row: its name and failure count, then one square per run. */
const StepRow = memo(function StepRow({ row, r, top, width, runs, most, activeCol }: RowProps) {
  const isMost = most > 0 && row.failures === most
  return (
    <div role="row" aria-rowindex={r + 2} className="rg-row" style={{ top, width }}>
      <div
        role="rowheader"
        className="rg-name rg-focusable"
        data-r={r}
        data-c={NAME_COL}
        tabIndex={activeCol === NAME_COL ? 0 : -1}
      >
        {/* The whole name (to the display limit) on hover; the cell names and the card use a shorter cut. */}
        <span title={clipText(row.name)}>{labelName(row.name)}</span>
      </div>
      <div
        role="gridcell"
        className={isMost ? 'rg-fail rg-focusable rg-most' : 'rg-fail rg-focusable'}
        data-r={r}
        data-c={-1}
        tabIndex={activeCol === -1 ? 0 : -1}
        aria-label={`${row.failures} failed${isMost ? ', the most of any step' : ''}`}
      >
        {row.failures > 0 && <span className="rg-bar" style={{ width: Math.max(3, (row.failures / most) * 18) }} aria-hidden />}
        <span aria-hidden>{row.failures}</span>
      </div>
      {row.cells.map((cell, c) => (
        // The square is the cell: one element each, its glyph and retry dot drawn by CSS (RunStepGrid.css).
        <div
          key={runs[c]!.id}
          role="gridcell"
          className="rg-glyph rg-cell"
          data-s={cell ? stepGlyph(cell.status) : 'absent'}
          data-b={cell?.band}
          data-retry={cell && cell.attempts > 1 ? '' : undefined}
          data-r={r}
          data-c={c}
          tabIndex={activeCol === c ? 0 : -1}
          aria-label={cellLabel(runs[c]!, row, cell)}
        />
      ))}
    </div>
  )
})
