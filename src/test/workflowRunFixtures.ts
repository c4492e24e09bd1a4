import type { Step, WorkflowRun } from '@/shared/contract/workflows'

/** Hand-made workflow runs for unit tests of timelines and comparisons: times in minutes after T0. */
export const T0 = Date.parse('2026-01-15T10:00:00Z')
export const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()

export const step = (stepId: string, fields: Partial<Step>): Step => ({
  stepId,
  name: stepId,
  moduleId: 'm',
  moduleName: 'm',
  moduleVersion: '1.0.0',
  imageDigest: 'sha256:0',
  moduleRunId: `mr-${stepId}`,
  status: 'pending',
  attempts: 0,
  inputs: {},
  artifacts: [],
  logGroup: 'g',
  logStream: 's',
  ...fields,
})

/** A run of `steps` started at T0; finished (SUCCEEDED) at `finishedAt`, else RUNNING. */
export const run = (steps: Step[], finishedAt?: string, id = 'run-1'): WorkflowRun => ({
  id,
  workflowId: 'wf',
  status: finishedAt ? 'SUCCEEDED' : 'RUNNING',
  startedAt: at(0),
  finishedAt,
  triggeredBy: { userId: 'u', name: 'U' },
  creditsAct: 0,
  stepCounts: { pending: 0, running: 0, completed: 0, failed: 0, cancelled: 0, skipped: 0 },
  executionArn: 'arn',
  region: 'eu-central-1',
  tags: [],
  inputs: {},
  steps,
})
