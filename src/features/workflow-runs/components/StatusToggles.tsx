import { WORKFLOW_RUN_STATUSES } from '@/shared/contract/workflows'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { statusesFrom } from '../lib/runListParams'
import './StatusToggles.css'

const LABELS: Record<(typeof WORKFLOW_RUN_STATUSES)[number], string> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  ABORTED: 'Aborted',
}
const COLORS = { RUNNING: 'info', SUCCEEDED: 'success', FAILED: 'error', TIMED_OUT: 'error', ABORTED: 'warning' } as const

/**
 * Status as toggle chips (several at once), kept in the URL as `status=FAILED,TIMED_OUT`; none selected = any status.
 * Native toggle buttons with static styles (StatusToggles.css), not MUI Chips: they render on every visit (issue 16).
 */
export function StatusToggles() {
  const { get, update } = useUrlParams()
  const selected = statusesFrom(get('status'))
  const toggle = (status: string) => {
    const next = selected.includes(status) ? selected.filter((s) => s !== status) : [...selected, status]
    update({ status: statusesFrom(next.join(',')).join(',') })
  }
  return (
    <div role="group" aria-label="Status" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
      {WORKFLOW_RUN_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className="status-toggle"
          data-color={COLORS[status]}
          aria-pressed={selected.includes(status)}
          onClick={() => toggle(status)}
        >
          {LABELS[status]}
        </button>
      ))}
    </div>
  )
}
