import type { z } from '../../src/shared/contract/zod'
import { WORKFLOW_RUN_STATUSES, type WorkflowRunHistory } from '../../src/shared/contract/workflows'
import { iso } from '../runtime/clock'
import { matchingRuns, runBands, type RunQuery } from './workflowRunQuery'
import { liveValues, runIdOf, type RunTable } from './workflowRunTable'

type HistoryBody = z.input<typeof WorkflowRunHistory>

/** At most this many runs per answer: enough for a chart one bar per run wide, small enough to send at once. */
export const HISTORY_MAX_LIMIT = 500

/**
 * `GET /v1/workflows/{id}/runs/history` (api-contract §9): the newest `limit` runs matching the list's filters (newest
 * first, ties by id, whatever the list's sort), how many match, and the band of the succeeded runs among them.
 */
export function runHistory(table: RunTable, query: RunQuery, now: number, limit: number): HistoryBody {
  const matches = matchingRuns(table, { ...query, sort: '-startedAt' }, now)
  const items = matches.slice(0, limit).map((index) => {
    const id = runIdOf(table, index)
    if (table.isLive[index]) {
      const v = liveValues(table, index, now)
      return {
        id,
        status: v.status,
        startedAt: iso(v.startMs),
        ...(v.durationMs !== undefined ? { durationMs: v.durationMs } : {}),
        creditsAct: v.credits,
      }
    }
    const start = table.startMs[index]!
    return {
      id,
      status: WORKFLOW_RUN_STATUSES[table.status[index]!]!,
      startedAt: iso(start),
      durationMs: table.endMs[index]! - start,
      creditsAct: table.credits[index]!,
    }
  })
  return { items, total: matches.length, expected: runBands(table, query, now) }
}
