import { useMutation } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { apiPaths } from '@/shared/contract/paths'
import type { JsonObject } from '@/shared/contract/primitives'
import { WorkflowRun } from '@/shared/contract/workflows'
import { workflowRunQueries } from './workflowRunQueries'

type Action = { runId: string; idempotencyKey: string }

/**
 * `POST /v1/workflow-runs/{runId}/rerun` (api-contract §9.2): "Run again" without inputs, "Run with changes" with
 * them. The key is the user's one action, reused on every retry of it. The origin's family and every run list are
 * stale afterwards.
 */
export function useRerunWorkflowRun() {
  return useMutation({
    mutationFn: ({ runId, idempotencyKey, inputs }: Action & { inputs?: JsonObject }) =>
      http(apiPaths.workflowRunRerun(runId), WorkflowRun, {
        method: 'POST',
        body: inputs === undefined ? {} : { inputs },
        idempotencyKey,
      }),
    meta: { invalidates: [workflowRunQueries.all()] },
  })
}

/** `POST /v1/workflow-runs/{runId}/redrive`: Step Functions redrive from the failed step; `409` when not redrivable. */
export function useRedriveWorkflowRun() {
  return useMutation({
    mutationFn: ({ runId, idempotencyKey }: Action) =>
      http(apiPaths.workflowRunRedrive(runId), WorkflowRun, { method: 'POST', body: {}, idempotencyKey }),
    meta: { invalidates: [workflowRunQueries.all()] },
  })
}
