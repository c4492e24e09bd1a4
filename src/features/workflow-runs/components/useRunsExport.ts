import { useCallback, useEffect, useRef, useState } from 'react'
import type { WorkflowRunListParams } from '../api/workflowRunQueries'
import { fetchWorkflowRunPage } from '../api/workflowRunQueries'
import type { ExportCheckpoint } from '../lib/exportRuns'

// The export's code loads on the first export, keeping Run History's first load small.
const loadExport = () =>
  Promise.all([import('../lib/exportRuns'), import('../lib/runsCsv'), import('@/shared/lib/downloadText')]).then(
    ([walker, csv, download]) => ({ ...walker, ...csv, ...download }),
  )

/** What the export dialog shows: nothing (closed), a walk in progress, or a page that failed (retry resumes there). */
export type RunsExportState =
  | { phase: 'idle' }
  | { phase: 'running'; fetched: number; total: number | undefined }
  | { phase: 'failed'; fetched: number; total: number | undefined; error: unknown }

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError'

/**
 * The CSV export of a whole filter (api-contract §9): walks every page with the list's filters and sort, then
 * downloads `<workflowId>-runs-<YYYY-MM-DD>.csv`. One walk at a time; `cancel` aborts it, `retry` resumes at the page
 * that failed. The rows are a one-off download, not server state worth caching, so they stay out of the query cache.
 */
export function useRunsExport(workflowId: string, params: WorkflowRunListParams) {
  const [state, setState] = useState<RunsExportState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const checkpoint = useRef<ExportCheckpoint | undefined>(undefined)
  // The walk keeps the filter it started with, even if the URL changes under the dialog.
  const query = useRef(params)

  const walk = useCallback(
    async (from: ExportCheckpoint | undefined) => {
      controller.current?.abort()
      const own = new AbortController()
      controller.current = own
      const { cursor: _cursor, ...filters } = query.current
      setState({ phase: 'running', fetched: from?.rows.length ?? 0, total: from?.total })
      try {
        const { exportRuns, toCsv, downloadText, localDateStamp, EXPORT_PAGE_SIZE } = await loadExport()
        const rows = await exportRuns({
          signal: own.signal,
          from,
          fetchPage: (cursor, signal) =>
            fetchWorkflowRunPage(workflowId, { ...filters, cursor, limit: EXPORT_PAGE_SIZE }, signal),
          onProgress: (next) => {
            checkpoint.current = next
            setState({ phase: 'running', fetched: next.rows.length, total: next.total })
          },
        })
        downloadText(`${workflowId}-runs-${localDateStamp()}.csv`, toCsv(rows))
        setState({ phase: 'idle' })
      } catch (error) {
        if (own.signal.aborted || isAbort(error)) return
        const at = checkpoint.current
        setState({ phase: 'failed', fetched: at?.rows.length ?? 0, total: at?.total, error })
      } finally {
        if (controller.current === own) controller.current = null
      }
    },
    [workflowId],
  )

  const start = useCallback(() => {
    query.current = params
    checkpoint.current = undefined
    void walk(undefined)
  }, [params, walk])
  const retry = useCallback(() => void walk(checkpoint.current), [walk])
  const cancel = useCallback(() => {
    controller.current?.abort()
    controller.current = null
    checkpoint.current = undefined
    setState({ phase: 'idle' })
  }, [])

  // Leaving the page ends a walk nobody is waiting for.
  useEffect(() => () => controller.current?.abort(), [])

  return { state, start, retry, cancel }
}
