import type { WorkflowRunPage, WorkflowRunSummary } from '@/shared/contract/workflows'

/** api-contract §9: the export walks the list with the largest page the API allows. */
export const EXPORT_PAGE_SIZE = 200

/** Fetches one page of the current filter and sort; `cursor` undefined is the first page. */
export type RunPageFetcher = (cursor: string | undefined, signal: AbortSignal) => Promise<WorkflowRunPage>

/**
 * Where a walk stands: the rows so far, the cursor of the next page to fetch (undefined with `done`) and the filter's
 * `total` when the server sent one. Passing it back as `from` resumes a failed walk at the page that failed.
 */
export type ExportCheckpoint = {
  rows: readonly WorkflowRunSummary[]
  cursor: string | undefined
  total: number | undefined
  done: boolean
}

type Options = {
  fetchPage: RunPageFetcher
  signal: AbortSignal
  onProgress?: (checkpoint: ExportCheckpoint) => void
  from?: ExportCheckpoint
}

/**
 * Walks every page of the filter, following `nextCursor` until it is null, and returns all rows. An abort stops the
 * walk between and during pages (it rejects with the signal's reason); a failing page rejects with its error, and the
 * last checkpoint reported still points at that page.
 */
export async function exportRuns({ fetchPage, signal, onProgress, from }: Options): Promise<WorkflowRunSummary[]> {
  // One array grown in place: copying it per page would be quadratic over a 100,000-run filter.
  const rows = [...(from?.rows ?? [])]
  let cursor = from?.cursor
  let total = from?.total
  for (;;) {
    signal.throwIfAborted()
    const page = await fetchPage(cursor, signal)
    signal.throwIfAborted()
    // A server that hands back the cursor it was given would loop forever.
    if (page.nextCursor !== null && page.nextCursor === cursor) throw new Error('The run list repeated a page cursor.')
    rows.push(...page.items)
    total = page.total ?? total
    cursor = page.nextCursor ?? undefined
    const done = page.nextCursor === null
    onProgress?.({ rows, cursor, total, done })
    if (done) return rows
  }
}
