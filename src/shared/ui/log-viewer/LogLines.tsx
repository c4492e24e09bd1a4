import { Box, Button, Typography } from '@mui/material'
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useReducer, useRef } from 'react'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { formatCount } from '@/shared/lib/format'
import { matchParts, type LogViewerLine } from './logText'
import { initialTail, tailReducer } from './tailState'

/** Rows are laid out at this height and never measured (a measured row forces a layout each); lines do not wrap. */
const ROW_HEIGHT = 20

const LEVEL_COLOR: Record<string, string> = {
  error: 'error.main',
  warn: 'warning.main',
  debug: 'text.secondary',
}

type Props = {
  rows: { line: LogViewerLine; number: number }[]
  query: string
  label: string
  height: string
  /** A growing log keeps its full height (no page jump with each line); a finished one is only as tall as its lines. */
  live: boolean
  emptyText: string
  /** A line longer than the row shows (`DISPLAY_LIMIT.line`) asks for the whole of it. */
  onShowLine: (number: number) => void
}

/**
 * The scrolling part of the log viewer: only the visible lines are in the DOM. It follows the end while pinned
 * (tailState.ts); scrolling up unpins it and a "Jump to latest" button counts what arrived since.
 */
export function LogLines({ rows, query, label, height, live, emptyText, onShowLine }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [tail, dispatch] = useReducer(tailReducer, rows.length, initialTail)
  const previousTop = useRef(0)
  const previousQuery = useRef(query)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler must not memoize; we do not use the compiler.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  })

  useLayoutEffect(() => {
    if (previousQuery.current === query) dispatch({ type: 'linesChanged', count: rows.length })
    else {
      previousQuery.current = query
      dispatch({ type: 'filterChanged', count: rows.length })
    }
  }, [rows.length, query])

  useLayoutEffect(() => {
    const element = scrollRef.current
    if (element && tail.scrollRequest > 0) element.scrollTop = element.scrollHeight
  }, [tail.scrollRequest])

  const onScroll = () => {
    const element = scrollRef.current
    if (!element) return
    const distanceFromEnd = element.scrollHeight - element.scrollTop - element.clientHeight
    dispatch({ type: 'scrolled', scrollTop: element.scrollTop, previousScrollTop: previousTop.current, distanceFromEnd })
    previousTop.current = element.scrollTop
  }

  const digits = String(rows[rows.length - 1]?.number ?? 1).length
  return (
    <Box sx={{ position: 'relative' }}>
      <Box
        ref={scrollRef}
        role="log"
        aria-label={label}
        // New lines are not read out one by one: the count below and "Jump to latest" say what arrived.
        aria-live="off"
        tabIndex={0}
        onScroll={onScroll}
        sx={{
          ...(live ? { height } : { maxHeight: height }),
          overflow: 'auto',
          fontFamily: 'monospace',
          fontSize: 'caption.fontSize',
          bgcolor: 'action.hover',
          borderRadius: 1,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        {rows.length === 0 ? (
          <Typography variant="body2" sx={{ p: 1 }}>
            {emptyText}
          </Typography>
        ) : (
          <Box style={{ height: virtualizer.getTotalSize() }} sx={{ position: 'relative', minWidth: '100%' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const { line, number } = rows[item.index]!
              return (
                <Box
                  key={item.key}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, lineHeight: `${ROW_HEIGHT}px` }}
                  sx={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    minWidth: '100%',
                    display: 'flex',
                    gap: 1.5,
                    px: 1,
                    whiteSpace: 'pre',
                  }}
                >
                  <Box
                    component="span"
                    aria-hidden
                    sx={{ color: 'text.secondary', textAlign: 'right', minWidth: `${digits}ch`, userSelect: 'none' }}
                  >
                    {number}
                  </Box>
                  {/* UTC time of day: log lines are compared with CloudWatch, which shows UTC. */}
                  <Box component="time" dateTime={line.timestamp} title={line.timestamp} sx={{ color: 'text.secondary' }}>
                    {line.timestamp.slice(11, 23)}
                  </Box>
                  <LogMessage line={line} query={query} onShowLine={() => onShowLine(number)} />
                </Box>
              )
            })}
          </Box>
        )}
      </Box>
      {!tail.pinned && rows.length > 0 && (
        <Button
          size="small"
          variant="contained"
          startIcon={<ArrowDownwardIcon />}
          onClick={() => dispatch({ type: 'jumpedToEnd' })}
          sx={{ position: 'absolute', right: (theme) => theme.spacing(2), bottom: (theme) => theme.spacing(1.5), boxShadow: 3 }}
        >
          Jump to latest
          {tail.unseen > 0 ? ` · ${tail.unseen} new line${tail.unseen === 1 ? '' : 's'}` : ''}
        </Button>
      )}
    </Box>
  )
}

/**
 * The message as text with the filter's matches marked; a level the message does not already name is shown first. A
 * line longer than `DISPLAY_LIMIT.line` is cut (a 1 MB line laid out in one row would stall the page): the rest is one
 * click away, below the log.
 */
function LogMessage({ line, query, onShowLine }: { line: LogViewerLine; query: string; onShowLine: () => void }) {
  const level = line.level?.toLowerCase()
  const cut = line.message.length > DISPLAY_LIMIT.line
  const shown = cut ? line.message.slice(0, DISPLAY_LIMIT.line) : line.message
  // Only the message's head is lowered: a copy of a whole 100,000-character line, per line, stalled the page (issue 12).
  const namesLevel = !!level && line.message.slice(0, level.length + 1).toLowerCase() === `[${level}`
  const color = LEVEL_COLOR[level ?? ''] ?? 'text.primary'
  return (
    <>
      {level && !namesLevel && (
        <Box component="span" sx={{ color, fontWeight: 600 }}>
          {level.toUpperCase()}
        </Box>
      )}
      <Box component="span" sx={{ color }}>
        {matchParts(shown, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
      </Box>
      {cut && (
        <Button size="small" onClick={onShowLine} sx={{ minWidth: 0, p: 0, lineHeight: 'inherit', fontSize: 'inherit' }}>
          … {formatCount(line.message.length - DISPLAY_LIMIT.line)} more characters
        </Button>
      )}
    </>
  )
}
