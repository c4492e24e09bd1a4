import { Box, IconButton, Typography } from '@mui/material'
import DownloadIcon from '@mui/icons-material/Download'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { downloadText } from '@/shared/lib/downloadText'
import { formatCount } from '@/shared/lib/format'
import { CopyButton } from './CopyButton'

/** Pretty JSON with every string cut at `DISPLAY_LIMIT.prose` characters; says whether anything was cut. */
function displayJson(value: unknown): { text: string; cut: boolean } {
  let cut = false
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (typeof item !== 'string' || item.length <= DISPLAY_LIMIT.prose) return item
      cut = true
      return `${item.slice(0, DISPLAY_LIMIT.prose)}… (${formatCount(item.length - DISPLAY_LIMIT.prose)} more characters)`
    },
    2,
  )
  return { text: text ?? String(value), cut }
}

/**
 * JSON as indented, wrapped text (never HTML): inputs, parameters, results; a focusable region that scrolls from the
 * keyboard. Strings too long to lay out are cut on screen; the whole JSON is copied or downloaded as it is.
 */
export function JsonText({ value, label }: { value: unknown; label: string }) {
  const { text, cut } = displayJson(value)
  return (
    <>
      <Box
        component="pre"
        role="region"
        aria-label={label}
        tabIndex={0}
        sx={{
          m: 0,
          p: 1,
          maxHeight: '20rem',
          overflow: 'auto',
          fontSize: 'caption.fontSize',
          bgcolor: 'action.hover',
          borderRadius: 1,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {text}
      </Box>
      {cut && <WholeJson value={value} label={label} />}
    </>
  )
}

function WholeJson({ value, label }: { value: unknown; label: string }) {
  const whole = () => JSON.stringify(value, null, 2)
  return (
    <Typography variant="caption" color="textSecondary" component="p" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      Long values are cut here.
      <CopyButton value={whole()} label={`Copy the whole of ${label}`} />
      <IconButton
        size="small"
        aria-label={`Download the whole of ${label}`}
        title={`Download the whole of ${label}`}
        onClick={() => downloadText('value.json', whole(), 'application/json')}
      >
        <DownloadIcon fontSize="inherit" />
      </IconButton>
    </Typography>
  )
}
