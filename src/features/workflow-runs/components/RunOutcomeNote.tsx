import { Alert } from '@mui/material'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'

const ENDED = new Set(['FAILED', 'TIMED_OUT', 'ABORTED'])

/**
 * Why a run ended without success when no step says so: a Step Functions fail or choice state (a QC gate), a timeout
 * or an abort between steps. Without it such a run shows only green and grey bars and looks like a bug.
 */
export function RunOutcomeNote({ run }: { run: WorkflowRun }) {
  if (!ENDED.has(run.status) || run.steps.some((step) => step.status === 'failed')) return null
  const lastDone = [...run.steps].reverse().find((step) => step.status === 'completed')
  const where = lastDone ? `after “${clipText(lastDone.name)}”` : 'before its first step'
  const text =
    run.status === 'TIMED_OUT'
      ? `The run hit its time limit ${where}.`
      : run.status === 'ABORTED'
        ? `The run was aborted ${where}.`
        : `No step failed: the workflow reached a fail state ${where} (for example a QC gate that did not pass).`
  return (
    <Alert severity="warning" sx={{ mb: 3 }}>
      {text} The execution in the Step Functions console has the state’s cause.
    </Alert>
  )
}
