import { Box } from '@mui/material'
import type { StepCounts } from '@/shared/contract/workflows'
import { stepHealthLabel } from '../lib/stepHealth'

const SEGMENTS = [
  { key: 'completed', color: 'success.main' },
  { key: 'failed', color: 'error.main' },
  { key: 'running', color: 'info.main' },
  { key: 'rest', color: 'action.disabled' },
] as const

/** A small stacked bar of a run's steps: completed, failed, running, and the rest (pending, skipped, cancelled). */
export function StepHealthBar({ counts }: { counts: StepCounts }) {
  const values = { ...counts, rest: counts.pending + counts.skipped + counts.cancelled }
  const label = stepHealthLabel(counts)
  return (
    <Box
      role="img"
      aria-label={label}
      title={label}
      sx={{ display: 'flex', width: '6rem', height: '0.5rem', borderRadius: 1, overflow: 'hidden', bgcolor: 'action.hover' }}
    >
      {SEGMENTS.map(({ key, color }) =>
        values[key] > 0 ? <Box key={key} sx={{ flexGrow: values[key], flexBasis: 0, bgcolor: color }} /> : null,
      )}
    </Box>
  )
}
