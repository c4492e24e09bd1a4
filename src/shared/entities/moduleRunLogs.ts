import { apiPaths } from '@/shared/contract/paths'
import { readLogPageAt } from './logTail'

export { LOG_POLL_MS } from './logTail'

/** One page of `GET /v1/module-runs/{runId}/logs`, oldest first, continuing at `nextToken` (the module host's events). */
export const readLogPage = (runId: string, nextToken: string | undefined, limit: number, signal?: AbortSignal) =>
  readLogPageAt(apiPaths.moduleRunLogs(runId), nextToken, limit, signal)
