import type { StepCounts } from '@/shared/contract/workflows'
import { stepHealthLabel } from '../lib/stepHealth'
import './StepHealthBar.css'

const SEGMENTS = ['completed', 'failed', 'running', 'rest'] as const

/** A small stacked bar of a run's steps: completed, failed, running, and the rest (pending, skipped, cancelled). */
export function StepHealthBar({ counts }: { counts: StepCounts }) {
  const values = { ...counts, rest: counts.pending + counts.skipped + counts.cancelled }
  const label = stepHealthLabel(counts)
  return (
    <span role="img" aria-label={label} title={label} className="step-health">
      {SEGMENTS.map((key) => (values[key] > 0 ? <span key={key} className={key} style={{ flexGrow: values[key] }} /> : null))}
    </span>
  )
}
