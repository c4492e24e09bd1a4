import { useIsFetching } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { workflowRunQueries } from '../../api/workflowRunQueries'

/**
 * True once the run list of `workflowId` has settled for `key` (the filters) and the browser has painted it. The chart
 * fetches and draws only then, so its request and its 500 bars never compete with the list's first rows or with the
 * rows of a new filter (issue 16 measures those). It stays true for that key while the list polls.
 */
export function useAfterListPaint(workflowId: string, key: string): boolean {
  const listBusy = useIsFetching({ queryKey: workflowRunQueries.lists(workflowId) }) > 0
  const [paintedFor, setPaintedFor] = useState<string | null>(null)
  const ready = paintedFor === key
  useEffect(() => {
    if (ready || listBusy) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame, then a task: the task runs after that frame is painted (as useAfterPaint).
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPaintedFor(key), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [ready, listBusy, key])
  return ready
}
