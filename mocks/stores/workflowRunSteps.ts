import type { z } from '../../src/shared/contract/zod'
import type { WorkflowRunStepPage } from '../../src/shared/contract/workflowRunSteps'
import type { WorkflowDef } from '../fixtures/workflowParts'
import { runStateAt } from './workflowRunPlan'
import { stepPhase } from './workflowRunDetail'
import { planOf, summaryAt, type RunTable } from './workflowRunTable'

type StepPageBody = Omit<z.input<typeof WorkflowRunStepPage>, 'nextCursor' | 'total'>

/**
 * The runs × steps grid of one page of runs (api-contract §9): each run's steps derived from its plan at `now`, the
 * way the run detail derives them (`runStateAt`, `stepPhase`), so a cell always says what the run page says. Only the
 * page's runs are planned: 50 plans, never the 100,000 of the `large` data set.
 */
export function runStepPage(table: RunTable, indices: readonly number[], now: number): StepPageBody {
  const items = indices.map((index) => {
    const summary = summaryAt(table, index, now)
    const plan = planOf(table, index)
    const state = runStateAt(plan, now)
    return {
      id: summary.id,
      status: summary.status,
      startedAt: summary.startedAt,
      ...(summary.durationMs !== undefined ? { durationMs: summary.durationMs } : {}),
      steps: plan.steps.map((step, k) => {
        const { status, attempts } = state.steps[k]!
        return {
          stepId: step.stepId,
          status,
          attempts,
          ...(stepPhase(status).finished ? { durationMs: step.endMs - step.startMs } : {}),
        }
      }),
    }
  })
  return { steps: graphSteps(table.wf), items }
}

/**
 * The workflow's module steps in graph order: breadth-first from `start` along the edges (a choice's branches in the
 * order they are listed), then any step the graph does not reach. Pass, choice and fail states are not steps.
 */
export function graphSteps(wf: WorkflowDef): { stepId: string; name: string }[] {
  const { start, nodes, edges } = wf.graph
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const seen = new Set<string>([start])
  const order: string[] = []
  for (let queue = [start]; queue.length;) {
    const id = queue.shift()!
    order.push(id)
    for (const edge of edges)
      if (edge.source === id && !seen.has(edge.target)) {
        seen.add(edge.target)
        queue.push(edge.target)
      }
  }
  const stepIds = new Set(wf.steps.map((step) => step.stepId))
  const ordered = order.filter((id) => stepIds.has(id))
  const rest = wf.steps.map((step) => step.stepId).filter((id) => !ordered.includes(id))
  return [...ordered, ...rest].map((stepId) => ({ stepId, name: byId.get(stepId)?.name ?? stepId }))
}
