import { Box, Button, Chip, Typography } from '@mui/material'
import { useDeferredValue, useMemo, useState } from 'react'
import { formatCount } from '@/shared/lib/format'
import { InputField } from '../InputField'
import { LogDownload, type LogDownloadSource } from './LogDownload'
import { LogLines } from './LogLines'
import { WholeLine } from './WholeLine'
import { filterLines, type LogViewerLine } from './logText'

export type LogViewerProps = {
  /** Accessible name of the scrollable log, e.g. "Log of mr-000047". */
  label: string
  lines: readonly LogViewerLine[]
  /** The log is still growing (a running run): shows "Live" and follows new lines while pinned. */
  live?: boolean
  /** More lines exist beyond those loaded (`nextToken`): "Load more" calls `onLoadMore`. */
  hasMore?: boolean
  onLoadMore?: () => void
  loadingMore?: boolean
  /** Older lines dropped from memory (the viewer keeps at most 10,000, api-contract §6). */
  droppedCount?: number
  /** Walks every page for "Download log"; without it there is no download. */
  download?: { source: LogDownloadSource; fileName: string }
  height?: string
  emptyText?: string
}

/**
 * The console's log viewer (module runs, workflow steps): virtualized, monospaced, numbered lines; tails while live and
 * stays pinned to the end unless the reader scrolls up; a text filter that marks matches (as text, never HTML);
 * "Load more" along `nextToken`; download of the whole log with progress. The log region scrolls from the keyboard.
 */
export function LogViewer({
  label,
  lines,
  live = false,
  hasMore = false,
  onLoadMore,
  loadingMore = false,
  droppedCount = 0,
  download,
  height = '24rem',
  emptyText = 'No log lines yet.',
}: LogViewerProps) {
  const [query, setQuery] = useState('')
  const [wholeLine, setWholeLine] = useState<number | null>(null)
  const deferredQuery = useDeferredValue(query)
  const rows = useMemo(() => filterLines(lines, deferredQuery, droppedCount + 1), [lines, deferredQuery, droppedCount])
  const filtering = deferredQuery.trim() !== ''

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <InputField
          label="Filter lines"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          sx={{ minWidth: '14rem' }}
        />
        <Typography variant="body2" color="textSecondary" aria-live="polite" sx={{ flex: 1 }}>
          {filtering
            ? `${formatCount(rows.length)} of ${formatCount(lines.length)} lines match`
            : `${formatCount(lines.length + droppedCount)} lines`}
        </Typography>
        {live && <Chip size="small" color="info" variant="outlined" label="Live" />}
        {download && <LogDownload source={download.source} fileName={download.fileName} />}
      </Box>
      {droppedCount > 0 && (
        <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
          Showing the latest {formatCount(lines.length)} lines; {formatCount(droppedCount)} older lines were dropped from memory.
          Download the log to read all of it.
        </Typography>
      )}
      <LogLines
        rows={rows}
        query={deferredQuery}
        label={label}
        height={height}
        live={live}
        emptyText={filtering ? `No line matches “${deferredQuery.trim()}”.` : emptyText}
        onShowLine={setWholeLine}
      />
      {wholeLine !== null && lines[wholeLine - droppedCount - 1] && (
        <WholeLine number={wholeLine} message={lines[wholeLine - droppedCount - 1]!.message} onClose={() => setWholeLine(null)} />
      )}
      {hasMore && onLoadMore && (
        <Button size="small" sx={{ mt: 1 }} disabled={loadingMore} onClick={onLoadMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </Box>
  )
}
