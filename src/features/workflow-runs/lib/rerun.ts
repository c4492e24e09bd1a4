import { REDRIVABLE_STATUSES, REDRIVE_WINDOW_MS } from '@/shared/contract/workflowReruns'
import type { RunOrigin, Step, WorkflowRun, WorkflowRunSummary } from '@/shared/contract/workflows'
import { clipText } from '@/shared/lib/clip'

/** Whether "Redrive from the failed step" applies, and if not, why (the server's 409 reasons, api-contract §9.2). */
export type RedriveCheck = { applies: false } | { applies: true; step?: Step; notRunAgain: Step[]; blocked?: string }

const DAY_MS = 86_400_000

/**
 * The console's preview of the server's redrive rules, so the button says why it cannot be used instead of failing:
 * a FAILED, TIMED_OUT or ABORTED run that ended within 14 days, from its failed (or aborted) step, once.
 */
export function redriveCheck(run: WorkflowRun, reruns: readonly WorkflowRunSummary[] | undefined, now: number): RedriveCheck {
  if (!REDRIVABLE_STATUSES.includes(run.status)) return { applies: false }
  const at = run.steps.findIndex((step) => step.status === 'failed' || step.status === 'cancelled')
  const step = run.steps[at]
  const notRunAgain = at < 0 ? [] : run.steps.slice(0, at)
  const ended = run.finishedAt ? Date.parse(run.finishedAt) : Number.NaN
  const redriven = reruns?.find((rerun) => rerun.origin?.kind === 'redrive')
  let blocked: string | undefined
  if (redriven) blocked = `Already redriven as ${redriven.id}.`
  else if (!step)
    blocked = 'No step failed: the run stopped at a fail state (such as the QC gate). Run it again, with changes if needed.'
  else if (!Number.isNaN(ended) && now - ended > REDRIVE_WINDOW_MS)
    blocked = `Step Functions redrives a run for 14 days after it ends; this one ended ${Math.floor((now - ended) / DAY_MS)} days ago. Run it again instead.`
  return { applies: true, step, notRunAgain, blocked }
}

/** "Redrive of run-000398 from “Report”" and the like, split around the origin's id (which the page makes a link). */
export function originParts(origin: RunOrigin, stepName: string | undefined): { lead: string; tail: string } {
  switch (origin.kind) {
    case 'redrive':
      return { lead: 'Redrive of ', tail: stepName ? ` from “${clipText(stepName)}”` : '' }
    case 'rerun-with-changes':
      return { lead: 'Re-run of ', tail: ' with changed inputs' }
    case 'rerun':
      return { lead: 'Re-run of ', tail: ' with the same inputs' }
    default:
      return { lead: 'Started from ', tail: ` (${origin.kind})` }
  }
}

/** How a run came from its origin, in words. */
export function originText(origin: RunOrigin, stepName: string | undefined): string {
  const { lead, tail } = originParts(origin, stepName)
  return `${lead}${origin.runId}${tail}`
}

/** The short label of an origin kind in a list of re-runs. */
export const ORIGIN_KIND_LABEL: Record<string, string> = {
  rerun: 'Run again',
  'rerun-with-changes': 'Run with changes',
  redrive: 'Redrive',
}
