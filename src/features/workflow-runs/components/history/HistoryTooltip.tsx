import { Box, Typography } from '@mui/material'
import type { RunBand } from '@/shared/contract/workflows'
import { StatusChip } from '@/shared/ui/StatusChip'
import type { HistoryBar, HistoryMetric } from '../../lib/history/historyBars'
import { barValueText, formatStart, vsBandText } from '../../lib/history/historyText'

type Props = { bar: HistoryBar; band: RunBand | null; metric: HistoryMetric; leftPercent: number }

/**
 * The figures of the bar under the pointer or the focus. Hidden from screen readers: the focused bar's name says the
 * same. Beside the bar, on the side with more room, so it never hides the bar it describes nor leaves the plot.
 */
export function HistoryTooltip({ bar, band, metric, leftPercent }: Props) {
  const vs = vsBandText(bar, band, metric)
  return (
    <Box
      aria-hidden="true"
      sx={{
        position: 'absolute',
        top: 0,
        ...(leftPercent < 50 ? { left: `calc(${leftPercent}% + 12px)` } : { right: `calc(${100 - leftPercent}% + 12px)` }),
        pointerEvents: 'none',
        zIndex: 1,
        px: 1.5,
        py: 1,
        minWidth: 220,
        maxWidth: 320,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        boxShadow: 3,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: 600, minWidth: 0 }}>
          {bar.id}
        </Typography>
        <StatusChip status={bar.status} />
      </Box>
      <Typography variant="caption" component="p" color="textSecondary">
        Started {formatStart(bar.startMs)}
      </Typography>
      <Typography variant="caption" component="p">
        {metric === 'credits' ? 'Credits' : 'Duration'}: {barValueText(bar, metric)}
      </Typography>
      {vs && (
        <Typography variant="caption" component="p" color={bar.vsBand === 'above' ? 'error.main' : 'text.secondary'}>
          {vs.charAt(0).toUpperCase() + vs.slice(1)}
        </Typography>
      )}
    </Box>
  )
}
