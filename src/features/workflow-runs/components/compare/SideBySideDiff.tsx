import type { SxProps, Theme } from '@mui/material/styles'
import { useDeferredValue, useMemo, type ReactNode } from 'react'
import { VirtualRows } from '@/shared/artifact-preview/VirtualRows'
import { formatCount } from '@/shared/lib/format'
import { LoadingState } from '@/shared/ui/DataState'
import type { DiffRow } from '@/shared/lib/diff/lineDiff'
import { visuallyHidden } from '@/shared/ui/visuallyHidden'
import { foldUnchanged, type DiffItem } from '../../lib/compare/contentDiff'

export type Side = 'left' | 'right'

type Props = {
  /** Accessible name of the scrolling diff. */
  label: string
  rows: readonly DiffRow[]
  /** Every row, or only the changes with three lines around each (the rest folded). */
  showAll: boolean
  /** One side's content of a row: `index` into that side's lines. */
  renderSide: (side: Side, index: number, row: DiffRow) => ReactNode
  /** Each side's header: the run, or a table's column names. */
  renderHeader: (side: Side) => ReactNode
  /** Width of each side's content (CSS), the same for both so the lines line up. */
  sideWidth: string
  digits: number
  /** Styles of what `renderSide` draws (class names under the diff). */
  sx?: SxProps<Theme>
}

const MARK: Record<DiffRow['kind'], [symbol: string, words: string]> = {
  same: ['', ''],
  changed: ['~', 'changed line'],
  added: ['+', 'added line'],
  removed: ['−', 'removed line'],
}

/** A theme colour at low opacity (the theme's CSS variables), for marking a changed side without hiding its text. */
const tint = (theme: Theme, color: 'error' | 'success') =>
  `rgb(${theme.vars?.palette[color].mainChannel ?? '128 128 128'} / 0.18)`

const lineOf = (side: Side, row: DiffRow) =>
  side === 'left' ? ('left' in row ? row.left : undefined) : 'right' in row ? row.right : undefined

/**
 * Two versions of a file side by side (issue 18), lines aligned by the diff: the baseline on the left, the other run on
 * the right, each changed line marked in words (for screen readers), by a sign and by colour. Virtualized, and every
 * row plain elements styled once here: a thousand-line diff renders in a frame.
 */
export function SideBySideDiff(props: Props) {
  // The rows are laid out in React's background render, which yields to input (issue 18: no task over 50 ms).
  const ready = useDeferredValue(true, false)
  return ready ? <Rows {...props} /> : <LoadingState label="Laying out the lines" />
}

function Rows({ label, rows, showAll, renderSide, renderHeader, sideWidth, digits, sx }: Props) {
  const items = useMemo<DiffItem[]>(
    () => (showAll ? rows.map((row) => ({ kind: 'row', row })) : foldUnchanged(rows)),
    [rows, showAll],
  )
  const numberWidth = `${digits + 2}ch`
  const styles = useMemo(
    () => [
      {
        '& .cell': { px: 1, overflow: 'hidden', textOverflow: 'ellipsis', flexShrink: 0 },
        '& .mark': { width: '3ch', flexShrink: 0, textAlign: 'center', fontWeight: 700 },
        '& .number': { width: numberWidth, color: 'text.secondary', textAlign: 'right', userSelect: 'none' },
        '& .side': { width: sideWidth },
        '& .head': { width: `calc(${numberWidth} + ${sideWidth})` },
        '& .fold': { color: 'text.secondary', fontStyle: 'italic' },
        '& .words': visuallyHidden,
        '& [data-change="changed"] .left, & [data-change="removed"] .left': { bgcolor: (theme: Theme) => tint(theme, 'error') },
        '& [data-change="changed"] .right, & [data-change="added"] .right': { bgcolor: (theme: Theme) => tint(theme, 'success') },
      },
      ...(Array.isArray(sx) ? sx : [sx]),
    ],
    [numberWidth, sideWidth, sx],
  )
  const side = (which: Side, row: DiffRow) => {
    const index = lineOf(which, row)
    return (
      <>
        <span className={`cell number ${which}`} aria-hidden>
          {index === undefined ? '' : index + 1}
        </span>
        <span className={`cell side ${which}`}>{index === undefined ? '' : renderSide(which, index, row)}</span>
      </>
    )
  }
  return (
    <VirtualRows
      label={label}
      count={items.length}
      height="65vh"
      sx={styles}
      header={
        <>
          <span className="mark" />
          <span className="cell head">{renderHeader('left')}</span>
          <span className="cell head">{renderHeader('right')}</span>
        </>
      }
      renderRow={(index) => {
        const item = items[index]!
        if (item.kind === 'fold')
          return (
            <span className="cell fold">{`⋯ ${formatCount(item.count)} unchanged ${item.count === 1 ? 'line' : 'lines'}`}</span>
          )
        const [symbol, words] = MARK[item.row.kind]
        return (
          <span data-change={item.row.kind} style={{ display: 'flex' }}>
            <span className="mark">
              <span aria-hidden>{symbol}</span>
              {words && <span className="words">{words}</span>}
            </span>
            {side('left', item.row)}
            {side('right', item.row)}
          </span>
        )
      }}
    />
  )
}
