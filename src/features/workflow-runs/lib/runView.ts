import { paths } from '@/shared/lib/paths'

/** URL key of Run History's view: `?view=grid` shows the runs × steps grid; the list (the default) is left out. */
export const VIEW_KEY = 'view'
export type RunView = 'list' | 'grid'

export const runViewFrom = (value: string | null | undefined): RunView => (value === 'grid' ? 'grid' : 'list')

/** The run page at a step: `/workflows/:id/runs/:runId?step=` (the run detail selects that step). */
export const runAtStep = (workflowId: string, runId: string, stepId?: string) =>
  `${paths.workflowRun(workflowId, runId)}${stepId ? `?step=${encodeURIComponent(stepId)}` : ''}`
