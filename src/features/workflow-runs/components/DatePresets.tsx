import { Box, Button } from '@mui/material'
import { serverNow } from '@/shared/lib/serverClock'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { localDateBefore } from '../lib/runListParams'

// Whole local days, as the URL's dates are: the one-day preset is "Today" (from midnight), not a 24-hour window.
const PRESETS = [
  { days: 1, label: 'Today' },
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
] as const

/**
 * One-click "started within the last N days" ranges, today included. Days are counted on the server's clock (its `Date` header), so a
 * demo whose clock runs in another year, or a laptop with a wrong clock, still gets the right runs.
 */
export function DatePresets() {
  const { get, update } = useUrlParams()
  const now = serverNow()
  const fromOf = (days: number) => localDateBefore(now, days - 1)
  return (
    <Box role="group" aria-label="Started within" sx={{ display: 'flex', gap: 0.5 }}>
      {PRESETS.map(({ days, label }) => {
        const active = !get('to') && get('from') === fromOf(days)
        return (
          <Button
            key={days}
            size="small"
            aria-pressed={active}
            variant={active ? 'contained' : 'outlined'}
            onClick={() => update({ from: active ? null : fromOf(days), to: null })}
          >
            {label}
          </Button>
        )
      })}
    </Box>
  )
}
