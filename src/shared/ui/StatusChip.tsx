import { formatStatus } from '@/shared/lib/format'
import './StatusChip.css'

type ChipColor = 'default' | 'success' | 'error' | 'warning' | 'info'

const COLORS: Record<string, ChipColor> = {
  running: 'info',
  RUNNING: 'info',
  queued: 'default',
  pending: 'default',
  completed: 'success',
  SUCCEEDED: 'success',
  ACTIVE: 'success',
  passed: 'success',
  approved: 'success',
  failed: 'error',
  FAILED: 'error',
  REJECTED: 'error',
  TIMED_OUT: 'error',
  rejected: 'error',
  cancelled: 'warning',
  ABORTED: 'warning',
  DEPRECATED: 'warning',
  VALIDATING: 'info',
  SUBMITTED: 'default',
}

/**
 * A status as a chip (MUI's small outlined Chip in look, a span with static styles in fact: StatusChip.css); an unknown
 * value is shown raw on a neutral chip (api-contract §1 "Unknown data").
 */
export function StatusChip({ status }: { status: string }) {
  return (
    <span className="status-chip" data-color={COLORS[status] ?? 'default'}>
      {formatStatus(status)}
    </span>
  )
}
