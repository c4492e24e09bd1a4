import type { JsonObject, UserRef } from '../../src/shared/contract/primitives'
import { FAILURES, logTimeline, type LogLine } from '../fixtures/logs'
import { DEMO_MODULES } from '../fixtures/moduleIds'
import { digestOf } from '../fixtures/modules'
import { iso } from '../runtime/clock'
import { registerStore } from '../runtime/persistence'
import { createRng } from '../runtime/prng'
import { dataSet } from '../runtime/scenario'
import { artifactsOf } from './runArtifacts'
import { visibleLines } from './runLogPage'
import type { ModuleRunBody, RunView } from './runResults'
import { moduleRunIdOf, newRecord, seedModuleRuns, type RunOverride, type RunRecord } from './runSeeds'
import { showcaseRuns } from './runShowcase'
import { seededStepRunIds, stepRunView } from './workflowRunStore'
import { derivedStepRunView } from './workflowRerunStore'

/**
 * Module runs (api-contract §6). A stored run is a plan (when it was accepted, how long it queues and works, how it
 * ends); its status, credits and growing log are derived from the demo clock. Only decisions are state: runs started
 * in this session, cancellations and UI completions. Those go into the session snapshot.
 */
let records: RunRecord[] = []
let overrides: Record<string, RunOverride> = {}
let createdIds = new Set<string>()
let nextNumber = 1

function reset(): void {
  const seed = dataSet() === 'empty' ? { records: [], overrides: {} } : seedModuleRuns()
  // The showcase runs come last: numbered after the seeded history, still in creation order.
  records = dataSet() === 'empty' ? seed.records : [...seed.records, ...showcaseRuns(seed.records.length)]
  overrides = seed.overrides
  createdIds = new Set()
  nextNumber = records.length + 1
}

type Snapshot = { created: RunRecord[]; overrides: Record<string, RunOverride>; nextNumber: number }

registerStore({
  name: 'moduleRuns',
  reset,
  snapshot: (): Snapshot => ({ created: records.filter((r) => createdIds.has(r.runId)), overrides, nextNumber }),
  restore: (state) => {
    const snapshot = state as Partial<Snapshot> | null
    if (!snapshot || !Array.isArray(snapshot.created) || typeof snapshot.nextNumber !== 'number') return
    records = [...records, ...snapshot.created]
    createdIds = new Set(snapshot.created.map((r) => r.runId))
    overrides = { ...overrides, ...(snapshot.overrides ?? {}) }
    nextNumber = snapshot.nextNumber
  },
})
reset()

const FINAL = new Set(['completed', 'failed', 'cancelled'])
const round4 = (value: number) => Math.round(value * 10_000) / 10_000
export const isFinished = (view: RunView) => FINAL.has(String(view.run.status))

function viewOf(record: RunRecord, now: number): RunView {
  const o = overrides[record.runId] ?? {}
  const startMs = record.createdMs + record.queueMs
  let status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled'
  let finishedMs: number | undefined
  if (o.cancelledMs !== undefined) [status, finishedMs] = ['cancelled', o.cancelledMs]
  else if (o.completion) [status, finishedMs] = [o.completion.status, o.completion.atMs]
  else if (now < startMs) status = 'queued'
  else if (record.uiOnly || now < startMs + record.plannedMs) status = 'running'
  else [status, finishedMs] = [record.outcome, startMs + record.plannedMs]
  const started = status !== 'queued' && (finishedMs === undefined || finishedMs >= startMs)
  const worked = started && finishedMs !== undefined ? finishedMs - startMs : 0
  const share = status === 'completed' ? 1 : status === 'failed' ? 0.4 : Math.min(1, worked / record.plannedMs)
  const error =
    status === 'failed'
      ? (o.completion?.error ?? FAILURES[record.moduleId])
      : status === 'cancelled'
        ? { code: 'CANCELLED', message: `Cancelled by ${o.cancelledBy?.name ?? 'a user'}.` }
        : undefined
  const run: ModuleRunBody = {
    runId: record.runId,
    moduleId: record.moduleId,
    moduleName: DEMO_MODULES.find((m) => m.moduleId === record.moduleId)!.moduleName,
    moduleVersion: record.version,
    status,
    mode: record.mode,
    parameters: record.parameters,
    createdAt: iso(record.createdMs),
    ...(started ? { startedAt: iso(startMs) } : {}),
    ...(finishedMs !== undefined
      ? { finishedAt: iso(finishedMs), ...(started ? { durationMs: worked } : {}), creditsAct: round4(record.actualAct * share) }
      : {}),
    triggeredBy: record.triggeredBy,
    credit: { reservationId: record.reservationId, estimatedAct: record.estimatedAct },
    logGroup: `/hla-compass/modules/${record.moduleId}`,
    logStream: `batch/${record.runId}/${createRng(record.seed).hex(8)}`,
    artifacts:
      status === 'completed' && !record.uiOnly
        ? artifactsOf(
            record.moduleId,
            `s3://hla-compass-demo-data/module-runs/${record.runId}`,
            (file) => `${record.runId}:${file}`,
          )
        : [],
    ...(error ? { error } : {}),
  }
  return {
    orgId: record.orgId,
    moduleId: record.moduleId,
    run,
    seed: record.seed,
    managedByWorkflow: false,
    uiOnly: record.uiOnly,
    ...(o.completion?.summary ? { uiSummary: o.completion.summary } : {}),
    log: () => logOf(record, o, status, startMs, finishedMs, now),
  }
}

function logOf(record: RunRecord, o: RunOverride, status: string, startMs: number, finishedMs: number | undefined, now: number) {
  const ended = o.completion !== undefined || (record.uiOnly && finishedMs !== undefined)
  const lines = logTimeline({
    moduleId: record.moduleId,
    version: record.version,
    digest: digestOf(record.moduleId, record.version),
    seed: record.seed,
    createdMs: record.createdMs,
    startMs,
    durationMs: ended && finishedMs !== undefined ? finishedMs - startMs : record.plannedMs,
    outcome: o.completion?.status ?? (record.uiOnly ? 'open' : record.outcome),
    error: o.completion?.error,
    parameters: record.parameters,
  })
  const visible: LogLine[] = visibleLines(lines, Math.min(now, finishedMs ?? Infinity))
  if (status === 'cancelled' && o.cancelledMs !== undefined && o.cancelledMs <= now) {
    visible.push({
      atMs: o.cancelledMs,
      level: 'warn',
      message: `[WARN] Cancellation requested by ${o.cancelledBy?.name ?? 'a user'}`,
    })
    visible.push({
      atMs: o.cancelledMs + 800,
      level: 'info',
      message: '[INFO] Container stopped (SIGTERM); partial outputs discarded',
    })
  }
  return { lines: visible, finished: FINAL.has(status) }
}

/** A stored or workflow-step module run, or undefined. */
export function findRunView(runId: string, now: number): RunView | undefined {
  const record = records.find((r) => r.runId === runId)
  return record ? viewOf(record, now) : (stepRunView(runId, now) ?? derivedStepRunView(runId, now))
}

export type RunListFilter = { orgId: string | null; moduleId?: string; statuses?: string[]; order: 'asc' | 'desc' }

/** Runs of an organization (`orgId: null` = every organization), newest first unless `order` is asc; ties by id. */
export function listRunViews(filter: RunListFilter, now: number): RunView[] {
  const stepViews = seededStepRunIds()
    .map((id) => stepRunView(id, now))
    .filter((v): v is RunView => v !== undefined)
  const direction = filter.order === 'asc' ? 1 : -1
  return [...records.map((r) => viewOf(r, now)), ...stepViews]
    .filter(
      (v) =>
        (filter.orgId === null || v.orgId === filter.orgId) &&
        (!filter.moduleId || v.moduleId === filter.moduleId) &&
        (!filter.statuses || filter.statuses.includes(String(v.run.status))),
    )
    .sort(
      (a, b) =>
        direction * (Date.parse(String(a.run.createdAt)) - Date.parse(String(b.run.createdAt))) ||
        (a.run.runId < b.run.runId ? -1 : 1),
    )
}

export type NewRun = Pick<
  RunRecord,
  'orgId' | 'moduleId' | 'version' | 'mode' | 'parameters' | 'triggeredBy' | 'estimatedAct' | 'uiOnly'
>

/** Accepts a run now: queued for a few seconds, then 20–40 s of work on the demo clock. */
export function createRun(input: NewRun, now: number): RunView {
  const record = newRecord({ ...input, runId: moduleRunIdOf(nextNumber), createdMs: now })
  nextNumber += 1
  records.push(record)
  createdIds.add(record.runId)
  return viewOf(record, now)
}

export function cancelRun(runId: string, by: UserRef, now: number): RunView {
  overrides[runId] = { ...overrides[runId], cancelledMs: now, cancelledBy: by }
  return findRunView(runId, now)!
}

export function completeRun(
  runId: string,
  status: 'completed' | 'failed',
  summary: JsonObject | undefined,
  message: string | undefined,
  now: number,
): RunView {
  const error = status === 'failed' ? { code: 'UI_ERROR', message: message ?? 'The module UI reported a failure.' } : undefined
  overrides[runId] = {
    ...overrides[runId],
    completion: { status, atMs: now, ...(summary ? { summary } : {}), ...(error ? { error } : {}) },
  }
  return findRunView(runId, now)!
}

/** Whether a queued run has not reached a worker yet (a UI cannot complete what has not started). */
export function hasStarted(view: RunView): boolean {
  return view.run.startedAt !== undefined
}
