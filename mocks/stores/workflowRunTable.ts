import type { z } from '../../src/shared/contract/zod'
import { WORKFLOW_RUN_STATUSES, type WorkflowRunSummary } from '../../src/shared/contract/workflows'
import { WORKFLOWS } from '../fixtures/workflows'
import type { WorkflowDef } from '../fixtures/workflowParts'
import { BASE_TIME, iso } from '../runtime/clock'
import { dataSet } from '../runtime/scenario'
import { planRun, runStateAt, type Counts, type RunPlan, type RunStatus } from './workflowRunPlan'

export type RunSummaryBody = z.input<typeof WorkflowRunSummary>

/**
 * Lean run rows of one workflow in columns (api-contract §12 "large lists are generated on demand"): built on first
 * access from each run's plan and kept, so filtering and sorting 100,000 runs touches typed arrays, not objects.
 * Rows still running at BASE_TIME ("live") change with the clock; they are few and always re-derived from their plan.
 */
/** A workflow's block of run numbers: enough to name and plan any of its runs without building the table. */
export type RunBlock = { wf: WorkflowDef; count: number; firstNumber: number }

export type RunTable = RunBlock & {
  startMs: Float64Array
  endMs: Float64Array
  credits: Float64Array
  status: Uint8Array
  user: Uint8Array
  tagCombo: Uint16Array
  counts: Uint8Array
  tagCombos: string[][]
  live: number[]
  isLive: Uint8Array
  plans: Map<number, RunPlan>
  orders: Map<string, Int32Array>
}

export const REGION = 'eu-central-1'
const ACCOUNT = '123456789012'
const COUNT_KEYS = ['pending', 'running', 'completed', 'failed', 'cancelled', 'skipped'] as const
export const LARGE_RUN_COUNT = 100_000

export const runIdOf = (block: RunBlock, index: number) => `run-${String(block.firstNumber + index).padStart(6, '0')}`
export const executionArnOf = (wf: WorkflowDef, runId: string) =>
  `arn:aws:states:${REGION}:${ACCOUNT}:execution:${wf.stateMachine}:${runId}`

let layout: { key: string; blocks: RunBlock[] } | null = null
const tables = new Map<string, RunTable>()

/** Run numbers are global (`run-000001` …) so a run id alone finds its workflow; each workflow owns one block. */
function blocks(): RunBlock[] {
  const key = dataSet()
  if (layout?.key === key) return layout.blocks
  let next = 1
  const result = WORKFLOWS.map((wf, i) => {
    const count = key === 'empty' ? 0 : key === 'large' && i === 0 ? LARGE_RUN_COUNT : wf.runCount
    const block = { wf, count, firstNumber: next }
    next += count
    return block
  })
  layout = { key, blocks: result }
  return result
}

/** Forget every cached row (data set switch, reset). */
export function clearRunTables(): void {
  layout = null
  tables.clear()
}

/** The id of a workflow's run at `index` without building its table. */
export function runIdAt(workflowId: string, index: number): string | undefined {
  const block = blocks().find((b) => b.wf.id === workflowId)
  return block && index >= 0 && index < block.count ? `run-${String(block.firstNumber + index).padStart(6, '0')}` : undefined
}

export function runCountOf(workflowId: string): number {
  return blocks().find((block) => block.wf.id === workflowId)?.count ?? 0
}

export function tableOf(workflowId: string): RunTable | undefined {
  const cached = tables.get(workflowId)
  if (cached) return cached
  const block = blocks().find((b) => b.wf.id === workflowId)
  if (!block) return undefined
  const table = buildTable(block)
  tables.set(workflowId, table)
  return table
}

function buildTable({ wf, count, firstNumber }: RunBlock): RunTable {
  const table: RunTable = {
    wf,
    count,
    firstNumber,
    startMs: new Float64Array(count),
    endMs: new Float64Array(count),
    credits: new Float64Array(count),
    status: new Uint8Array(count),
    user: new Uint8Array(count),
    tagCombo: new Uint16Array(count),
    counts: new Uint8Array(count * 6),
    tagCombos: [],
    live: [],
    isLive: new Uint8Array(count),
    plans: new Map(),
    orders: new Map(),
  }
  const comboIndex = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const plan = planRun(wf, i, count)
    const state = plan.endMs <= BASE_TIME ? finalState(plan) : runStateAt(plan, BASE_TIME)
    table.startMs[i] = plan.startMs
    table.endMs[i] = plan.endMs
    table.credits[i] = state.creditsAct
    table.status[i] = WORKFLOW_RUN_STATUSES.indexOf(plan.finalStatus)
    table.user[i] = plan.userIndex
    const comboKey = plan.tags.join('\u0000')
    let combo = comboIndex.get(comboKey)
    if (combo === undefined) {
      combo = table.tagCombos.length
      comboIndex.set(comboKey, combo)
      table.tagCombos.push(plan.tags)
    }
    table.tagCombo[i] = combo
    COUNT_KEYS.forEach((key, k) => (table.counts[i * 6 + k] = state.counts[key]))
    if (!state.finished) {
      table.live.push(i)
      table.isLive[i] = 1
      table.plans.set(i, plan)
    }
  }
  return table
}

/** Counts and credits of a finished run, without the per-step objects `runStateAt` builds (hot path of `large`). */
function finalState(plan: RunPlan): { creditsAct: number; counts: Counts; finished: true } {
  const counts: Counts = { pending: 0, running: 0, completed: 0, failed: 0, cancelled: 0, skipped: 0 }
  let credits = 0
  for (const step of plan.steps) {
    counts[step.outcome] += 1
    credits += step.creditsAct
  }
  return { creditsAct: Math.round(credits * 10_000) / 10_000, counts, finished: true }
}

/** The plan of one run (cached for live rows, recomputed otherwise: it is cheap and keeps memory flat). */
export function planOf(block: RunBlock | RunTable, index: number): RunPlan {
  return ('plans' in block ? block.plans.get(index) : undefined) ?? planRun(block.wf, index, block.count)
}

/** Where a run id lives, or undefined for an unknown id. */
export function locateRun(runId: string): { table: RunTable; index: number } | undefined {
  const found = locateBlock(runId)
  return found && { table: tableOf(found.block.wf.id)!, index: found.index }
}

/** Where a run id lives, without building the run table (a step's module run needs only its plan). */
export function locateBlock(runId: string): { block: RunBlock; index: number } | undefined {
  const match = /^run-(\d{6})$/.exec(runId)
  if (!match) return undefined
  const number = Number(match[1])
  const block = blocks().find((b) => number >= b.firstNumber && number < b.firstNumber + b.count)
  return block && { block, index: number - block.firstNumber }
}

/** The values a filter or sort reads, for static and live rows alike. */
export type RowValues = { status: RunStatus; startMs: number; durationMs: number | undefined; credits: number }

export function liveValues(table: RunTable, index: number, now: number): RowValues & { counts: Counts } {
  const plan = planOf(table, index)
  const state = runStateAt(plan, now)
  return {
    status: state.status,
    startMs: plan.startMs,
    durationMs: state.durationMs,
    credits: state.creditsAct,
    counts: state.counts,
  }
}

export function summaryAt(table: RunTable, index: number, now: number): RunSummaryBody {
  const id = runIdOf(table, index)
  const start = table.startMs[index]!
  let values: RowValues & { counts: Counts }
  if (table.isLive[index]) values = liveValues(table, index, now)
  else {
    const counts = Object.fromEntries(COUNT_KEYS.map((key, k) => [key, table.counts[index * 6 + k]!])) as Counts
    const status = WORKFLOW_RUN_STATUSES[table.status[index]!]!
    values = { status, startMs: start, durationMs: table.endMs[index]! - start, credits: table.credits[index]!, counts }
  }
  return {
    id,
    workflowId: table.wf.id,
    status: values.status,
    startedAt: iso(values.startMs),
    ...(values.durationMs !== undefined
      ? { finishedAt: iso(values.startMs + values.durationMs), durationMs: values.durationMs }
      : {}),
    triggeredBy: table.wf.triggerers[table.user[index]!]!,
    creditsAct: values.credits,
    stepCounts: values.counts,
    executionArn: executionArnOf(table.wf, id),
    region: REGION,
    tags: table.tagCombos[table.tagCombo[index]!]!,
  }
}
