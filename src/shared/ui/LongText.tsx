import { Box, Button, IconButton } from '@mui/material'
import DownloadIcon from '@mui/icons-material/Download'
import { useState } from 'react'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { downloadText } from '@/shared/lib/downloadText'
import { formatCount } from '@/shared/lib/format'
import { CopyButton } from './CopyButton'

type Props = {
  value: string
  /** How many characters show before the cut (`DISPLAY_LIMIT`). */
  max?: number
  /** What the value is, for the buttons' names ("Copy the whole description"). */
  label?: string
  /** Opens showing as much as `DISPLAY_LIMIT.expanded` allows (a panel that exists to show the value). */
  startExpanded?: boolean
}

/**
 * A value of any length as text: short ones as they are; long ones cut at `max` with the way to the rest beside the cut
 * — show more (up to `DISPLAY_LIMIT.expanded` characters, in a box that scrolls), copy and download the whole value.
 * Never inside a link or a button (it holds buttons): there, `clipText`.
 */
export function LongText({ value, max = DISPLAY_LIMIT.name, label = 'value', startExpanded = false }: Props) {
  const [expanded, setExpanded] = useState(startExpanded)
  // A value of ordinary length renders exactly as plain text would (its container decides how it wraps).
  if (value.length <= max) return <>{value}</>
  const shown = expanded ? Math.min(value.length, DISPLAY_LIMIT.expanded) : max
  return (
    <>
      {expanded ? (
        <Box
          component="span"
          role="region"
          aria-label={`The whole ${label}`}
          tabIndex={0}
          sx={{ display: 'block', maxHeight: '20rem', overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {value.slice(0, shown)}
        </Box>
      ) : (
        <Box component="span" sx={{ overflowWrap: 'anywhere' }}>{`${value.slice(0, shown)}… `}</Box>
      )}
      <Box
        component="span"
        sx={{
          display: 'inline-flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 0.5,
          fontSize: 'caption.fontSize',
          color: 'text.secondary',
        }}
      >
        {shown < value.length && `${formatCount(value.length - shown)} more characters `}
        <Button size="small" sx={{ minWidth: 0, p: 0, verticalAlign: 'baseline' }} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show less' : 'Show more'}
        </Button>
        <CopyButton value={value} label={`Copy the whole ${label}`} />
        <IconButton
          size="small"
          aria-label={`Download the whole ${label}`}
          title={`Download the whole ${label}`}
          onClick={() => downloadText(`${label.replace(/[^\w-]+/g, '-')}.txt`, value, 'text/plain;charset=utf-8')}
        >
          <DownloadIcon fontSize="inherit" />
        </IconButton>
      </Box>
    </>
  )
}
