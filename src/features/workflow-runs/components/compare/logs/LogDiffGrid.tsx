import { Box } from '@mui/material'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { DiffRow } from '@/shared/lib/diff/lineDiff'
import { maskedParts, NOISE_TOKEN, type MaskedPart } from '@/shared/lib/diff/maskLogNoise'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { formatCount } from '@/shared/lib/format'
import { visuallyHidden } from '@/shared/ui/visuallyHidden'
import type { LogDiffSummary, LogSide } from '../../../lib/compare/logDiffView'

type Props = {
  label: string
  left: LogSide
  right: LogSide
  leftName: string
  rightName: string
  summary: LogDiffSummary
  /** Show masked values as they are (marked) instead of their placeholders. */
  raw: boolean
  /** Bumped by "Jump to first new line": scroll to it and focus it. */
  jump: number
}

/** An estimate for rows not yet measured; each row is measured once rendered (lines wrap). */
const ROW_ESTIMATE = 22

/**
 * The two logs side by side, aligned by the diff: a row per diff row, line numbers and text for each side (text only:
 * log lines are untrusted). Only the rows in view are in the DOM. The first line only the compared run has is marked
 * in words and focusable; the view opens scrolled to it.
 */
export function LogDiffGrid({ label, left, right, leftName, rightName, summary, raw, jump }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { rows, firstNewRow } = summary
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler must not memoize; we do not use the compiler.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
  })

  // Opens at the first new line (the reason to look), without taking the focus from whoever opened the view.
  useEffect(() => {
    if (firstNewRow !== undefined) virtualizer.scrollToIndex(firstNewRow, { align: 'center' })
  }, [firstNewRow, virtualizer])

  useEffect(() => {
    if (jump === 0 || firstNewRow === undefined) return
    virtualizer.scrollToIndex(firstNewRow, { align: 'center' })
    let frame = 0
    let tries = 0
    // The row exists once the virtualizer has rendered it: a frame or two after the scroll.
    const focus = () => {
      const row = scrollRef.current?.querySelector<HTMLElement>('[data-first-new="true"]')
      if (row) row.focus({ preventScroll: true })
      else if (tries++ < 30) frame = requestAnimationFrame(focus)
    }
    frame = requestAnimationFrame(focus)
    return () => cancelAnimationFrame(frame)
  }, [jump, firstNewRow, virtualizer])

  return (
    <Box ref={scrollRef} role="table" aria-label={label} aria-rowcount={rows.length + 1} tabIndex={0} sx={GRID_STYLES}>
      <div role="rowgroup" className="head">
        <div role="row" aria-rowindex={1} className="row">
          <span role="columnheader" className="num">
            Line
          </span>
          <span role="columnheader">{leftName}</span>
          <span role="columnheader" className="num">
            Line
          </span>
          <span role="columnheader">{rightName}</span>
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          const first = item.index === firstNewRow
          const l = 'left' in row ? row.left : undefined
          const r = 'right' in row ? row.right : undefined
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 2}
              className="row"
              data-kind={row.kind}
              data-first-new={first ? 'true' : undefined}
              tabIndex={first ? -1 : undefined}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <span role="cell" className="num">
                {l === undefined ? '' : l + 1}
              </span>
              <LineCell side={left} index={l} raw={raw} kind={row.kind} only="only in the baseline" />
              <span role="cell" className="num">
                {r === undefined ? '' : r + 1}
              </span>
              <LineCell side={right} index={r} raw={raw} kind={row.kind} only={`only in ${rightName}`} first={first} />
            </div>
          )
        })}
      </div>
    </Box>
  )
}

type CellProps = { side: LogSide; index?: number; raw: boolean; kind: DiffRow['kind']; only: string; first?: boolean }

function LineCell({ side, index, raw, kind, only, first }: CellProps) {
  if (index === undefined) return <span role="cell" className="text empty" />
  const event = side.events[index]!
  const level = event.level?.toLowerCase()
  return (
    <span role="cell" className="text" data-level={level} data-side-only={kind !== 'same' ? 'true' : undefined}>
      {first && <span className="first">First new line</span>}
      {kind !== 'same' && <span style={visuallyHidden}>{kind === 'changed' ? '(changed) ' : `(${only}) `}</span>}
      <Parts parts={maskedParts(event.message)} raw={raw} />
    </span>
  )
}

/** The parts as shown (noise as its placeholder unless `raw`), cut after `max` characters; `rest` is what was cut. */
function clipParts(parts: MaskedPart[], raw: boolean, max: number) {
  const shown: (MaskedPart & { value: string })[] = []
  let room = max
  let rest = 0
  for (const part of parts) {
    const text = part.noise && !raw ? NOISE_TOKEN[part.noise] : part.text
    const cut = text.slice(0, Math.max(0, room))
    rest += text.length - cut.length
    room -= cut.length
    if (cut) shown.push({ text: cut, noise: part.noise, value: part.text })
  }
  return { shown, rest }
}

/** The line's parts, cut at DISPLAY_LIMIT.line characters; noise as a placeholder, or as itself (marked) when `raw`. */
function Parts({ parts, raw }: { parts: MaskedPart[]; raw: boolean }) {
  const { shown, rest } = clipParts(parts, raw, DISPLAY_LIMIT.line)
  return (
    <>
      {shown.map((part, i) =>
        part.noise ? (
          <span key={i} className={raw ? 'noise raw' : 'noise'} title={raw ? `run-specific (${part.noise})` : part.value}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
      {rest > 0 && <span className="muted"> … {formatCount(rest)} more characters</span>}
    </>
  )
}

const tint = (color: string, pct: number) => `color-mix(in srgb, var(--mui-palette-${color}) ${pct}%, transparent)`

const GRID_STYLES = {
  position: 'relative',
  maxHeight: '32rem',
  overflow: 'auto',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  fontFamily: 'monospace',
  fontSize: '0.75rem',
  lineHeight: 1.55,
  '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
  '& .head': { position: 'sticky', top: 0, zIndex: 2, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' },
  '& .head .row': { fontFamily: 'body1.fontFamily', fontWeight: 600, fontSize: '0.8125rem' },
  '& .row': {
    display: 'grid',
    gridTemplateColumns: '3.25rem minmax(0, 1fr) 3.25rem minmax(0, 1fr)',
    width: '100%',
  },
  '& [role="rowgroup"] > .row[data-index]': { position: 'absolute', top: 0, left: 0 },
  '& .row > span': { px: 1, py: 0.125 },
  '& .num': { color: 'text.secondary', textAlign: 'right', userSelect: 'none' },
  '& .text': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 },
  '& .text[data-level="error"]': { color: 'error.main' },
  '& .text[data-level="warn"]': { color: 'warning.main' },
  '& .row[data-kind="removed"] > .text:nth-of-type(2)': { bgcolor: tint('error-main', 14) },
  '& .row[data-kind="changed"] > .text:nth-of-type(2)': { bgcolor: tint('error-main', 8) },
  '& .row[data-kind="added"] > .text:nth-of-type(4), & .row[data-kind="changed"] > .text:nth-of-type(4)': {
    bgcolor: tint('warning-main', 16),
  },
  '& .row[data-first-new="true"]': { outline: 2, outlineStyle: 'solid', outlineColor: 'warning.main', outlineOffset: -2 },
  '& .row[data-first-new="true"]:focus-visible': { outlineColor: 'primary.main' },
  '& .first': {
    display: 'inline-block',
    mr: 1,
    px: 0.75,
    borderRadius: 1,
    fontFamily: 'body1.fontFamily',
    fontWeight: 700,
    color: 'text.primary',
    border: 1,
    borderColor: 'warning.main',
  },
  '& .noise': { color: 'text.secondary', fontStyle: 'italic' },
  '& .noise.raw': { fontStyle: 'normal', textDecoration: 'underline dotted' },
  '& .muted': { color: 'text.secondary' },
} as const
