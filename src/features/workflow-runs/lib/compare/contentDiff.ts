import { queryOptions } from '@tanstack/react-query'
import { splitLines } from '@/shared/artifact-preview/decodeText'
import type { PreviewKind } from '@/shared/artifact-preview/previewKind'
import { diffLinesOffThread } from '@/shared/lib/diff/diffOffThread'
import type { DiffRow } from '@/shared/lib/diff/lineDiff'

/** Lines of each file a content diff compares (issue 18): enough for a report, bounded for a frame's work. */
export const DIFF_LINES = 1000

/** How two versions of a file are compared: line by line, a table by column, JSON by path, images side by side. */
export type DiffMode = 'lines' | 'table' | 'json' | 'images' | 'none'

const isImage = (kind: PreviewKind) => kind === 'image' || kind === 'svg'

export function diffModeOf(left: PreviewKind, right: PreviewKind): DiffMode {
  if (isImage(left) && isImage(right)) return 'images'
  if (left === 'binary' || right === 'binary' || isImage(left) || isImage(right)) return 'none'
  if (left === 'json' && right === 'json') return 'json'
  if (left === right && (left === 'tsv' || left === 'csv')) return 'table'
  return 'lines'
}

/**
 * The lines of a file that are compared: its first `DIFF_LINES`. When only the start of the file was read, its last
 * line may be cut mid-way and is left out. `total` counts the lines read, for "the first 1,000 of 12,345".
 */
export function linesToCompare(text: string, cut: boolean): { lines: string[]; total: number } {
  const lines = splitLines(text)
  if (cut && !text.endsWith('\n')) lines.pop()
  return { lines: lines.slice(0, DIFF_LINES), total: lines.length }
}

/** One line of a TSV or CSV as cells (a CSV cell's quotes read; a quoted line break is not followed across lines). */
export function cellsOf(line: string, separator: '\t' | ','): string[] {
  if (separator === '\t') return line.split('\t')
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"'
      i += 1
    } else if (quoted && c === '"') quoted = false
    else if (quoted) cell += c
    else if (c === '"' && cell === '') quoted = true
    else if (c === ',') {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

/** A diff as shown: its rows, with the unchanged stretches more than `context` lines away from a change folded. */
export type DiffItem = { kind: 'row'; row: DiffRow } | { kind: 'fold'; count: number }

export function foldUnchanged(rows: readonly DiffRow[], context = 3): DiffItem[] {
  const near = new Uint8Array(rows.length)
  rows.forEach((row, i) => {
    if (row.kind === 'same') return
    for (let k = Math.max(0, i - context); k <= Math.min(rows.length - 1, i + context); k++) near[k] = 1
  })
  const items: DiffItem[] = []
  for (let i = 0; i < rows.length; i++) {
    if (near[i]) {
      items.push({ kind: 'row', row: rows[i]! })
      continue
    }
    const last = items[items.length - 1]
    if (last?.kind === 'fold') last.count += 1
    else items.push({ kind: 'fold', count: 1 })
  }
  return items
}

/** Where one side's bytes come from: the run's content endpoint and the artifact's URI. */
export type ContentSource = { contentPath: string; uri: string }

/**
 * Query factory of content diffs. Keys: ['artifact-diff', baseline source, other source, mode]; the lines compared
 * follow from the two files' cached starts, so the sources name the diff. It runs in a worker (diffOffThread.ts).
 */
export const contentDiffQueries = {
  all: () => ['artifact-diff'] as const,
  lines: (left: ContentSource, right: ContentSource, mode: DiffMode, leftLines: string[], rightLines: string[]) =>
    queryOptions({
      queryKey: [...contentDiffQueries.all(), left.contentPath, left.uri, right.contentPath, right.uri, mode],
      queryFn: () => diffLinesOffThread(leftLines, rightLines),
      staleTime: Number.POSITIVE_INFINITY,
    }),
}
