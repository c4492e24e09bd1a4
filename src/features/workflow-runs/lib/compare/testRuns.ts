import type { Artifact } from '@/shared/contract/artifacts'
import type { Step, WorkflowRun } from '@/shared/contract/workflows'

/** Small hand-made runs for the comparison's unit tests: only what a test states differs from the defaults. */
export function artifact(name: string, over: Partial<Artifact> = {}): Artifact {
  return {
    name,
    uri: `s3://bucket/workflow-files/wf/run-1/step/${name}`,
    sizeBytes: 100,
    checksum: `sha256:${name}`,
    contentType: 'application/json',
    ...over,
  }
}

export function step(stepId: string, over: Partial<Step> = {}): Step {
  return {
    stepId,
    name: stepId.toUpperCase(),
    moduleId: 'mod',
    moduleName: 'Module',
    moduleVersion: '1.0.0',
    imageDigest: 'sha256:aaa',
    moduleRunId: `mr-${stepId}`,
    status: 'completed',
    attempts: 1,
    durationMs: 60_000,
    creditsAct: 1,
    inputs: {},
    artifacts: [],
    logGroup: 'g',
    logStream: 's',
    ...over,
  }
}

export function run(id: string, steps: Step[], over: Partial<WorkflowRun> = {}): WorkflowRun {
  return {
    id,
    workflowId: 'wf',
    status: 'SUCCEEDED',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T01:00:00.000Z',
    durationMs: steps.reduce((sum, s) => sum + (s.durationMs ?? 0), 0),
    triggeredBy: { userId: 'u', name: 'U' },
    creditsAct: steps.reduce((sum, s) => sum + (s.creditsAct ?? 0), 0),
    stepCounts: { pending: 0, running: 0, completed: steps.length, failed: 0, cancelled: 0, skipped: 0 },
    executionArn: 'arn',
    region: 'eu-central-1',
    tags: [],
    inputs: {},
    steps,
    ...over,
  }
}
