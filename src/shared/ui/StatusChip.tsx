import { Chip, type ChipProps } from '@mui/material'

const COLORS: Record<string, ChipProps['color']> = {
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

/** A status as a chip; an unknown value is shown raw on a neutral chip (api-contract §1 "Unknown data"). */
export function StatusChip({ status }: { status: string }) {
  return <Chip label={status.replace(/_/g, ' ').toLowerCase()} color={COLORS[status] ?? 'default'} variant="outlined" />
}
