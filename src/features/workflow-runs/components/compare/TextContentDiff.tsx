import { Alert, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { shownLine } from '@/shared/artifact-preview/previewText'
import { clipText } from '@/shared/lib/clip'
import { changedColumns, sameHeader } from '@/shared/lib/diff/columnDiff'
import type { DiffRow } from '@/shared/lib/diff/lineDiff'
import { formatCount } from '@/shared/lib/format'
import { QueryState } from '@/shared/ui/QueryState'
import { cellsOf, contentDiffQueries, DIFF_LINES, linesToCompare, type ContentSource } from '../../lib/compare/contentDiff'
import { SideBySideDiff, type Side } from './SideBySideDiff'

export type DiffSide = { text: string; cut: boolean; source: ContentSource; title: string }

type Props = {
  left: DiffSide
  right: DiffSide
  /** A table's separator when both are TSV (or both CSV): compared by column if their headers match. */
  separator?: '\t' | ','
  name: string
  showAll: boolean
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * Two versions of a text file compared line by line (jsdiff's Myers diff, in a worker), their first 1,000 lines side
 * by side; a TSV or CSV whose header both share is compared row by row and shown by column, its changed cells marked.
 */
export function TextContentDiff({ left, right, separator, name, showAll }: Props) {
  const prepared = useMemo(() => {
    const l = linesToCompare(left.text, left.cut)
    const r = linesToCompare(right.text, right.cut)
    const header = separator && l.lines.length > 0 ? cellsOf(l.lines[0]!, separator) : undefined
    const shared = !!header && r.lines.length > 0 && sameHeader(header, cellsOf(r.lines[0]!, separator!))
    // A row with more or fewer cells than the header has no place in the columns: such files are compared by line.
    const ragged =
      shared &&
      [...l.lines.slice(1), ...r.lines.slice(1)].some(
        (line) => line.trim() !== '' && cellsOf(line, separator!).length !== header.length,
      )
    const byColumn = shared && !ragged
    return {
      l,
      r,
      header: byColumn ? header : undefined,
      skip: byColumn ? 1 : 0,
      reason: ragged ? 'ragged' : shared ? undefined : 'header',
    }
  }, [left, right, separator])
  const { l, r, header, skip, reason } = prepared
  const diff = useQuery(
    contentDiffQueries.lines(left.source, right.source, header ? 'table' : 'lines', l.lines.slice(skip), r.lines.slice(skip)),
  )
  const more = l.total > DIFF_LINES || r.total > DIFF_LINES || left.cut || right.cut
  return (
    <Stack spacing={1}>
      {separator && !header && (
        <Alert severity="info">
          {reason === 'ragged'
            ? 'Some rows have a different number of cells than the header, so the files are compared line by line, not by column.'
            : 'The two files have different headers, so they are compared line by line, not by column.'}
        </Alert>
      )}
      <QueryState query={diff} loading="Comparing the lines" what="The comparison">
        {(result) => (
          <>
            <Typography variant="body2" role="status">
              {summary(result.rows)}
              {more ? ` Compared the first ${formatCount(DIFF_LINES)} lines of each file, at most.` : ''}
            </Typography>
            {header ? (
              <TableSides
                rows={result.rows}
                header={header}
                separator={separator!}
                left={l.lines}
                right={r.lines}
                name={name}
                showAll={showAll}
                titles={[left.title, right.title]}
              />
            ) : (
              <SideBySideDiff
                label={`Lines of ${clipText(name)} compared`}
                rows={result.rows}
                showAll={showAll}
                digits={String(Math.max(l.lines.length, r.lines.length)).length}
                sideWidth={`${clamp(Math.max(0, ...[...l.lines, ...r.lines].slice(0, 2000).map((line) => line.length)), 30, 100)}ch`}
                renderHeader={(side) => (side === 'left' ? left.title : right.title)}
                renderSide={(side, index) => {
                  const line = (side === 'left' ? l.lines : r.lines)[index]!
                  return <span title={clipText(line, 500)}>{shownLine(line)}</span>
                }}
              />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  )
}

function summary(rows: readonly DiffRow[]): string {
  const count = (kind: DiffRow['kind']) => rows.filter((row) => row.kind === kind).length
  const [changed, added, removed] = [count('changed'), count('added'), count('removed')]
  if (changed + added + removed === 0) return 'No difference in the lines compared.'
  const lines = (n: number) => `${formatCount(n)} ${n === 1 ? 'line' : 'lines'}`
  return `${lines(changed)} changed, ${lines(added)} added, ${lines(removed)} removed.`
}

type TableProps = {
  rows: readonly DiffRow[]
  header: string[]
  separator: '\t' | ','
  left: string[]
  right: string[]
  name: string
  showAll: boolean
  titles: [string, string]
}

/** The table flavour: each side's cells in the header's columns; in a changed row, the cells that changed are marked. */
function TableSides({ rows, header, separator, left, right, name, showAll, titles }: TableProps) {
  const widths = useMemo(() => {
    const sample = [...left.slice(0, 200), ...right.slice(0, 200)].map((line) => cellsOf(line, separator))
    return header.map((title, i) => clamp(Math.max(title.length, ...sample.map((cells) => cells[i]?.length ?? 0)), 4, 30))
  }, [header, left, right, separator])
  // Each cell is its width and a character of padding either side; the side's own padding comes on top.
  const sideWidth = `calc(${widths.reduce((sum, width) => sum + width + 2, 0)}ch + 16px)`
  // Column widths as classes of the diff, set once: a themed component per cell would cost a frame per screenful.
  const columnStyles = useMemo(
    () => ({
      '& .column': { display: 'inline-block', px: '1ch', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'top' },
      '& .column[data-changed]': { fontWeight: 700, textDecoration: 'underline' },
      ...Object.fromEntries(widths.map((width, i) => [`& .column-${i}`, { width: `${width + 2}ch` }])),
    }),
    [widths],
  )
  const cells = (values: readonly (string | undefined)[], changed: ReadonlySet<number>) =>
    widths.map((_, i) => (
      <span
        key={i}
        className={`column column-${i}`}
        data-changed={changed.has(i) || undefined}
        title={changed.has(i) ? `${header[i]} changed` : undefined}
      >
        {clipText(values[i] ?? '')}
      </span>
    ))
  return (
    <>
      <Typography variant="caption" color="textSecondary">{`Left: ${titles[0]}. Right: ${titles[1]}.`}</Typography>
      <SideBySideDiff
        label={`Rows of ${clipText(name)} compared by column`}
        rows={rows}
        showAll={showAll}
        digits={String(Math.max(left.length, right.length)).length}
        sideWidth={sideWidth}
        sx={columnStyles}
        renderHeader={() => cells(header, new Set())}
        renderSide={(side: Side, index, row) => {
          const own = cellsOf((side === 'left' ? left : right)[index + 1]!, separator)
          if (row.kind !== 'changed') return cells(own, new Set())
          const other = cellsOf((side === 'left' ? right[row.right + 1] : left[row.left + 1])!, separator)
          return cells(own, new Set(changedColumns(own, other)))
        }}
      />
    </>
  )
}
