import { queryOptions } from '@tanstack/react-query'
import { http } from '@/shared/api/http'
import { LogPage, type LogEvent } from '@/shared/contract/logs'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { maskLogNoise } from '@/shared/lib/diff/maskLogNoise'
import { workflowRunQueries } from './workflowRunQueries'

/**
 * The two sides of "Compare logs" (issue 18), apart from the other run queries: they, and the masking they need, load
 * with the log comparison only. Keys sit below the run's detail key, so one prefix still drops a run and its logs.
 */
export const stepLogDiffQueries = {
  /**
   * The last `lines` lines of a step's log, oldest first: one `order=desc` page (newest first), reversed. The failed
   * run's side of the log diff (issue 18): the end of a log is where a failure is. A finished step's log never changes.
   */
  lastStepLogLines: (runId: string, stepId: string, lines: number) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'steps', stepId, 'last-lines', lines],
      queryFn: async ({ signal }) => {
        const page = await http(withQuery(apiPaths.stepLogs(runId, stepId), { order: 'desc', limit: lines }), LogPage, {
          signal,
        })
        return { events: page.events.toReversed(), complete: page.nextToken === null }
      },
      staleTime: 60_000,
    }),
  /**
   * The baseline's side of the log diff: up to `lines` lines of a step's log from the point where the other run's lines
   * start (`anchor`: their first masked keys), read backwards page by page until that point; so a run that stopped
   * early lines up with a baseline that ran on. Without that point in the log: its last `lines` lines.
   */
  stepLogLinesFrom: (runId: string, stepId: string, lines: number, anchor: readonly string[]) =>
    queryOptions({
      queryKey: [...workflowRunQueries.all(), 'detail', runId, 'steps', stepId, 'lines-from', lines, anchor],
      queryFn: ({ signal }) => readLinesFrom(runId, stepId, lines, anchor, signal),
      staleTime: 60_000,
    }),
}

/** Pages of up to 1,000 lines read backwards from the end; at most this many before giving up on the anchor. */
const ANCHOR_PAGES = 10

async function readLinesFrom(runId: string, stepId: string, lines: number, anchor: readonly string[], signal: AbortSignal) {
  let events: LogEvent[] = []
  let keys: string[] = []
  let nextToken: string | undefined
  for (let page = 0; page < ANCHOR_PAGES; page++) {
    const answer = await http(withQuery(apiPaths.stepLogs(runId, stepId), { order: 'desc', limit: 1000, nextToken }), LogPage, {
      signal,
    })
    const older = answer.events.toReversed()
    events = [...older, ...events]
    keys = [...older.map((event) => maskLogNoise(event.message)), ...keys]
    const at = anchorIndex(keys, anchor)
    if (at >= 0) return { events: events.slice(at, at + lines), keys: keys.slice(at, at + lines), anchored: true }
    if (answer.nextToken === null) break
    nextToken = answer.nextToken
  }
  return { events: events.slice(-lines), keys: keys.slice(-lines), anchored: false }
}

/** Where the anchor's lines first follow each other in `keys`, else where its first line first is; -1 if nowhere. */
function anchorIndex(keys: readonly string[], anchor: readonly string[]): number {
  if (anchor.length === 0) return 0
  let first = -1
  for (let i = keys.indexOf(anchor[0]!); i >= 0; i = keys.indexOf(anchor[0]!, i + 1)) {
    if (first < 0) first = i
    if (anchor.every((key, k) => keys[i + k] === key)) return i
  }
  return first
}
