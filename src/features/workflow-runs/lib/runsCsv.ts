import type { WorkflowRunSummary } from '@/shared/contract/workflows'

type Cell = string | number | null | undefined

// OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula (tab and CR too).
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/**
 * One CSV field (RFC 4180): text that a spreadsheet would evaluate gets a leading `'`; a field with a comma, quote or
 * line break is quoted, with quotes doubled. Numbers are ours (never user text), so they are written as they are.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

/** The export's columns, in order: header and how each run fills it. */
const COLUMNS: [header: string, value: (run: WorkflowRunSummary) => Cell][] = [
  ['id', (run) => run.id],
  ['status', (run) => run.status],
  ['startedAt', (run) => run.startedAt],
  ['finishedAt', (run) => run.finishedAt],
  ['durationMs', (run) => run.durationMs],
  ['triggeredByName', (run) => run.triggeredBy.name],
  ['triggeredByUserId', (run) => run.triggeredBy.userId],
  ['creditsAct', (run) => run.creditsAct],
  ['completedSteps', (run) => run.stepCounts.completed],
  ['failedSteps', (run) => run.stepCounts.failed],
  ['runningSteps', (run) => run.stepCounts.running],
  ['pendingSteps', (run) => run.stepCounts.pending],
  ['cancelledSteps', (run) => run.stepCounts.cancelled],
  ['skippedSteps', (run) => run.stepCounts.skipped],
  ['executionArn', (run) => run.executionArn],
  ['region', (run) => run.region],
  ['tags', (run) => run.tags.join(';')],
]

/** The header line of the export. */
export const RUN_CSV_HEADER = COLUMNS.map(([header]) => header).join(',')

/** Runs as CSV text: a header line, then one CRLF-terminated line per run (RFC 4180). */
export function toCsv(runs: readonly WorkflowRunSummary[]): string {
  const lines = [RUN_CSV_HEADER]
  for (const run of runs) lines.push(COLUMNS.map(([, value]) => csvField(value(run))).join(','))
  return `${lines.join('\r\n')}\r\n`
}
