import { Box, Button, Typography } from '@mui/material'
import { formatCount } from '@/shared/lib/format'
import { LongText } from '../LongText'

/** One long log line in full below the log (its row shows only the start): shown in part, copied or downloaded whole. */
export function WholeLine({ number, message, onClose }: { number: number; message: string; onClose: () => void }) {
  return (
    <Box
      role="region"
      aria-label={`Line ${number} in full`}
      sx={{ mt: 1, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontFamily: 'monospace', fontSize: 'caption.fontSize' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography variant="caption" sx={{ flex: 1, fontFamily: 'inherit' }}>
          Line {number}: {formatCount(message.length)} characters
        </Typography>
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </Box>
      <LongText value={message} max={0} label={`log line ${number}`} startExpanded />
    </Box>
  )
}
