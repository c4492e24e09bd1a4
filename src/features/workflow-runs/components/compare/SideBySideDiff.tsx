import { Box } from '@mui/material'
import type { Theme } from '@mui/material/styles'
import { useMemo, type ReactNode } from 'react'
import { VirtualRows } from '@/shared/artifact-preview/VirtualRows'
import { formatCount } from '@/shared/lib/format'
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
  /** Each side's header: the run, and a table's column names. */
  renderHeader: (side: Side) => ReactNode
  /** Width of each side's content (CSS), the same for both so the lines line up. */
  sideWidth: string
  digits: number
}

const MARK: Record<DiffRow['kind'], [symbol: string, words: string]> = {
  same: ['', ''],
  changed: ['~', 'changed line'],
  added: ['+', 'added line'],
  removed: ['−', 'removed line'],
}

/** A theme colour at low opacity (the theme's CSS variables), for marking a changed side without hiding its text. */
const tint = (color: 'error' | 'success', opacity: number) => (theme: Theme) =>
  `rgb(${theme.vars?.palette[color].mainChannel ?? '128 128 128'} / ${opacity})`

const CELL = { px: 1, overflow: 'hidden', textOverflow: 'ellipsis', flexShrink: 0 } as const
const NUMBER = { ...CELL, color: 'text.secondary', textAlign: 'right', userSelect: 'none' } as const

/**
 * Two versions of a file side by side (issue 18), lines aligned by the diff: the baseline on the left, the other run on
 * the right, each changed line marked in words (for screen readers), by a sign and by colour. Virtualized: a
 * thousand-line diff renders in a frame.
 */
export function SideBySideDiff({ label, rows, showAll, renderSide, renderHeader, sideWidth, digits }: Props) {
  const items = useMemo<DiffItem[]>(
    () => (showAll ? rows.map((row) => ({ kind: 'row', row })) : foldUnchanged(rows)),
    [rows, showAll],
  )
  const numberWidth = `${digits + 2}ch`
  const side = (which: Side, row: DiffRow) => {
    const index = which === 'left' ? ('left' in row ? row.left : undefined) : 'right' in row ? row.right : undefined
    const marked =
      which === 'left' ? row.kind === 'changed' || row.kind === 'removed' : row.kind === 'changed' || row.kind === 'added'
    const background = marked ? tint(which === 'left' ? 'error' : 'success', 0.18) : undefined
    return (
      <>
        <Box component="span" aria-hidden sx={{ ...NUMBER, width: numberWidth, bgcolor: background }}>
          {index === undefined ? '' : index + 1}
        </Box>
        <Box component="span" sx={{ ...CELL, width: sideWidth, bgcolor: background }}>
          {index === undefined ? '' : renderSide(which, index, row)}
        </Box>
      </>
    )
  }
  return (
    <VirtualRows
      label={label}
      count={items.length}
      height="65vh"
      header={
        <>
          <Box component="span" sx={{ ...CELL, px: 0, width: '3ch' }} />
          <Box component="span" sx={{ ...CELL, width: `calc(${numberWidth} + ${sideWidth})` }}>
            {renderHeader('left')}
          </Box>
          <Box component="span" sx={{ ...CELL, width: `calc(${numberWidth} + ${sideWidth})` }}>
            {renderHeader('right')}
          </Box>
        </>
      }
      renderRow={(index) => {
        const item = items[index]!
        if (item.kind === 'fold')
          return (
            <Box component="span" sx={{ ...CELL, color: 'text.secondary', fontStyle: 'italic' }}>
              {`⋯ ${formatCount(item.count)} unchanged ${item.count === 1 ? 'line' : 'lines'}`}
            </Box>
          )
        const [symbol, words] = MARK[item.row.kind]
        return (
          <Box component="span" data-change={item.row.kind} sx={{ display: 'flex' }}>
            <Box component="span" sx={{ ...CELL, px: 0, width: '3ch', textAlign: 'center', fontWeight: 700 }}>
              <span aria-hidden>{symbol}</span>
              {words && (
                <Box component="span" sx={visuallyHidden}>
                  {words}
                </Box>
              )}
            </Box>
            {side('left', item.row)}
            {side('right', item.row)}
          </Box>
        )
      }}
    />
  )
}
