import { STEP_STATUSES } from '@/shared/contract/workflows'

/** The `data-s` of a step's square (RunStepGrid.css): its status, or `unknown` for a status the console does not know. */
export const stepGlyph = (status: string): string => ((STEP_STATUSES as readonly string[]).includes(status) ? status : 'unknown')

const RUN_GLYPHS: Record<string, string> = {
  SUCCEEDED: 'completed',
  FAILED: 'failed',
  TIMED_OUT: 'failed',
  ABORTED: 'cancelled',
  RUNNING: 'running',
}
/** A run's status drawn with the step squares' shapes, for the column heads. */
export const runGlyph = (status: string): string => RUN_GLYPHS[status] ?? 'unknown'

const SHORT_TIME = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
/** "Jan 14, 09:32" (24-hour: shorter, and the head is narrow): a column head's start time, written vertically. */
export function shortTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : SHORT_TIME.format(date)
}
