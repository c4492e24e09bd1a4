import { Box, Button } from '@mui/material'
import { serverNow } from '@/shared/lib/serverClock'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { localDateBefore } from '../lib/runListParams'

const PRESETS = [
  { days: 1, label: 'Last 24 h' },
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
] as const

/**
 * One-click "started within the last N days" ranges. Days are counted on the server's clock (its `Date` header), so a
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
