import type { RunSteps } from '@/shared/contract/workflowRunSteps'
import { clipText } from '@/shared/lib/clip'
import { formatCount, formatDateTime, formatDuration, formatStatus } from '@/shared/lib/format'
import type { GridCell, GridModel, GridRow } from './runGrid'

/**
 * What the grid says in words: cell and column names for screen readers, the lines of the hover/focus card, and the
 * "most failures" sentence. The same text serves all three, so what is heard is what is seen.
 */

/** A name as it appears in a label: a hostile or 100,000-character name must not make 2,500 labels huge (issue 12). */
export const labelName = (name: string) => clipText(name, 120)

const STATUS_WORDS: Record<string, string> = {
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
  running: 'running',
  queued: 'queued',
  pending: 'pending',
  skipped: 'skipped',
}
/** A step status in words; an unknown one raw (api-contract §1). */
export const statusWord = (status: string) => STATUS_WORDS[status] ?? clipText(status, 40)

const RATIO = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 })
export const ratioText = (ratio: number) => `${RATIO.format(ratio)}× the median`

export const attemptsText = (attempts: number) => (attempts > 1 ? `${attempts} attempts (retried)` : undefined)

/** "run-000387, HLA typing: failed, 2 min 05 s, 1.8× the median, 2 attempts (retried)". */
export function cellLabel(run: RunSteps, row: GridRow, cell: GridCell | undefined): string {
  const where = `${run.id}, ${labelName(row.name)}`
  if (!cell) return `${where}: not in this run`
  const parts = [statusWord(cell.status)]
  if (cell.durationMs !== undefined) parts.push(formatDuration(cell.durationMs))
  if (cell.ratio !== undefined) parts.push(ratioText(cell.ratio))
  const attempts = attemptsText(cell.attempts)
  if (attempts) parts.push(attempts)
  return `${where}: ${parts.join(', ')}`
}

/** The card's lines for a cell: step, run, status, duration against the median, attempts. */
export function cellDetails(run: RunSteps, row: GridRow, cell: GridCell | undefined): { title: string; lines: string[] } {
  const title = labelName(row.name)
  const lines = [`${run.id} · started ${formatDateTime(run.startedAt)}`]
  if (!cell) return { title, lines: [...lines, 'This run has no such step.'] }
  lines.push(`Step ${statusWord(cell.status)}`)
  if (cell.durationMs !== undefined) {
    const against =
      cell.ratio !== undefined && row.medianMs !== undefined
        ? ` — ${ratioText(cell.ratio)} of ${formatDuration(row.medianMs)} (${formatCount(row.medianOf)} completed on screen)`
        : ' — no completed run of this step on screen to compare with'
    lines.push(`${formatDuration(cell.durationMs)}${against}`)
  }
  lines.push(attemptsText(cell.attempts) ?? (cell.attempts === 1 ? '1 attempt' : 'Not started'))
  lines.push('Click or press Enter to open the run at this step')
  return { title, lines }
}

/** A step row's card: its median and how often it failed on screen. */
export function rowDetails(row: GridRow, runCount: number): { title: string; lines: string[] } {
  return {
    title: labelName(row.name),
    lines: [
      `Failed in ${formatCount(row.failures)} of ${formatCount(runCount)} runs on screen`,
      row.medianMs !== undefined
        ? `Median ${formatDuration(row.medianMs)} over ${formatCount(row.medianOf)} completed runs`
        : 'No completed run on screen',
    ],
  }
}

/** A run column's name and card. */
export function runDetails(run: RunSteps): { title: string; lines: string[] } {
  return {
    title: run.id,
    lines: [
      `Run ${formatStatus(run.status)}`,
      `Started ${formatDateTime(run.startedAt)}`,
      run.durationMs !== undefined ? `Took ${formatDuration(run.durationMs)}` : 'Still running',
    ],
  }
}

/** "Most failures: Spectral library search, in 3 of 50 runs"; ties are named together. */
export function mostFailuresText(model: GridModel): string {
  const runs = `${formatCount(model.runs.length)} run${model.runs.length === 1 ? '' : 's'}`
  if (model.mostFailures === 0) return `No step failed in the ${runs} on screen.`
  const steps = model.rows.filter((row) => row.failures === model.mostFailures).map((row) => labelName(row.name))
  const names = steps.length > 3 ? `${steps.slice(0, 3).join(', ')} and ${steps.length - 3} more` : joinAnd(steps)
  return `Most failures: ${names}, in ${formatCount(model.mostFailures)} of ${runs}${steps.length > 1 ? ' each' : ''}.`
}

const joinAnd = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
