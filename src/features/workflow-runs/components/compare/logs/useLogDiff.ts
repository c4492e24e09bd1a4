import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { diffLinesOffThread } from '@/shared/lib/diff/diffOffThread'
import { workflowRunQueries } from '../../../api/workflowRunQueries'
import { logSide, summarize, type LogDiffSummary, type LogSide } from '../../../lib/compare/logDiffView'

type Ready = { left: LogSide; right: LogSide; summary: LogDiffSummary }

/**
 * The last `lines` lines of a step's log in the baseline and in another run, and their diff: lines compared with the
 * run-specific noise masked, the diff computed in a worker (two 1,000-line logs must not block input, issue 18).
 */
export function useLogDiff(baselineId: string, runId: string, stepId: string, lines: number, enabled: boolean) {
  const left = useQuery({ ...workflowRunQueries.lastStepLogLines(baselineId, stepId, lines), enabled })
  const right = useQuery({ ...workflowRunQueries.lastStepLogLines(runId, stepId, lines), enabled })
  const leftSide = useMemo(() => left.data && logSide(left.data.events), [left.data])
  const rightSide = useMemo(() => right.data && logSide(right.data.events), [right.data])
  const [result, setResult] = useState<Ready>()

  useEffect(() => {
    if (!leftSide || !rightSide) return
    let current = true
    void diffLinesOffThread(leftSide.keys, rightSide.keys).then((diff) => {
      if (current) setResult({ left: leftSide, right: rightSide, summary: summarize(diff, leftSide, rightSide) })
    })
    return () => {
      current = false
    }
  }, [leftSide, rightSide])

  // Only the diff of the lines on screen: while a new pair is compared, the previous one is not shown as theirs.
  const ready = result && result.left === leftSide && result.right === rightSide ? result : undefined
  return { left, right, ready }
}
