import type { StepCounts } from '@/shared/contract/workflows'

/** "5 completed, 1 failed, 0 running, 2 pending"; skipped and cancelled steps are counted with pending and named. */
export function stepHealthLabel(counts: StepCounts): string {
  const rest = counts.pending + counts.skipped + counts.cancelled
  const parts = [counts.skipped && `${counts.skipped} skipped`, counts.cancelled && `${counts.cancelled} cancelled`].filter(
    Boolean,
  )
  return `${counts.completed} completed, ${counts.failed} failed, ${counts.running} running, ${rest} pending${
    parts.length ? ` (incl. ${parts.join(', ')})` : ''
  }`
}
