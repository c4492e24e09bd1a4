import { Box } from '@mui/material'
import { useMemo } from 'react'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { formatCount } from '@/shared/lib/format'
import { splitLines } from './decodeText'
import { VirtualRows } from './VirtualRows'

/** A line as shown: cut at `DISPLAY_LIMIT.line` characters (a 1 MB line in one row would stall the page). */
export function shownLine(line: string): string {
  return line.length > DISPLAY_LIMIT.line
    ? `${line.slice(0, DISPLAY_LIMIT.line)} … ${formatCount(line.length - DISPLAY_LIMIT.line)} more characters`
    : line
}

/** Plain text as numbered lines, virtualized; text only, whatever it holds. */
export function TextPreview({ text, label }: { text: string; label: string }) {
  const lines = useMemo(() => splitLines(text), [text])
  const digits = String(lines.length).length
  return (
    <VirtualRows
      count={lines.length}
      label={label}
      renderRow={(index) => (
        <>
          <Box
            component="span"
            aria-hidden
            sx={{ color: 'text.secondary', textAlign: 'right', minWidth: `${digits}ch`, px: 1, userSelect: 'none' }}
          >
            {index + 1}
          </Box>
          <span>{shownLine(lines[index]!)}</span>
        </>
      )}
    />
  )
}
