import { Box, Chip } from '@mui/material'
import { WORKFLOW_RUN_STATUSES } from '@/shared/contract/workflows'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { statusesFrom } from '../lib/runListParams'

const LABELS: Record<(typeof WORKFLOW_RUN_STATUSES)[number], string> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  ABORTED: 'Aborted',
}
const COLORS = { RUNNING: 'info', SUCCEEDED: 'success', FAILED: 'error', TIMED_OUT: 'error', ABORTED: 'warning' } as const

/** Status as toggle chips (several at once), kept in the URL as `status=FAILED,TIMED_OUT`; none selected = any status. */
export function StatusToggles() {
  const { get, update } = useUrlParams()
  const selected = statusesFrom(get('status'))
  const toggle = (status: string) => {
    const next = selected.includes(status) ? selected.filter((s) => s !== status) : [...selected, status]
    update({ status: statusesFrom(next.join(',')).join(',') })
  }
  return (
    <Box role="group" aria-label="Status" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {WORKFLOW_RUN_STATUSES.map((status) => {
        const on = selected.includes(status)
        return (
          <Chip
            key={status}
            label={LABELS[status]}
            color={on ? COLORS[status] : 'default'}
            variant={on ? 'filled' : 'outlined'}
            aria-pressed={on}
            onClick={() => toggle(status)}
          />
        )
      })}
    </Box>
  )
}
