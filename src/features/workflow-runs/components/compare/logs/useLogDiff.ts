import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { diffLinesOffThread } from '@/shared/lib/diff/diffOffThread'
import { stepLogDiffQueries } from '../../../api/stepLogDiffQueries'
import { logSide, summarize, type LogDiffSummary, type LogSide } from '../../../lib/compare/logDiffView'

type Ready = { left: LogSide; right: LogSide; summary: LogDiffSummary; anchored: boolean }

/** How many of the run's first lines must follow each other in the baseline to be "the same point". */
const ANCHOR_LINES = 3

/**
 * The last `lines` lines of a step's log in a run, the baseline's lines of that step from the same point, and their
 * diff: lines compared with the run-specific noise masked, the diff computed in a worker (two 1,000-line logs must not
 * block input, issue 18).
 */
export function useLogDiff(baselineId: string, runId: string, stepId: string, lines: number, enabled: boolean) {
  const right = useQuery({ ...stepLogDiffQueries.lastStepLogLines(runId, stepId, lines), enabled })
  const rightSide = useMemo(() => right.data && logSide(right.data.events), [right.data])
  // The baseline from where the run's lines start: its first lines (masked) are the anchor.
  const anchor = useMemo(() => rightSide?.keys.slice(0, ANCHOR_LINES) ?? [], [rightSide])
  const left = useQuery({
    ...stepLogDiffQueries.stepLogLinesFrom(baselineId, stepId, lines, anchor),
    enabled: enabled && !!rightSide,
  })
  const leftSide = useMemo(() => left.data && logSide(left.data.events, left.data.keys), [left.data])
  const [result, setResult] = useState<Ready>()

  useEffect(() => {
    if (!leftSide || !rightSide) return
    let current = true
    void diffLinesOffThread(leftSide.keys, rightSide.keys).then((diff) => {
      if (current)
        setResult({
          left: leftSide,
          right: rightSide,
          summary: summarize(diff, leftSide, rightSide),
          anchored: left.data?.anchored ?? false,
        })
    })
    return () => {
      current = false
    }
  }, [leftSide, rightSide, left.data?.anchored])

  // Only the diff of the lines on screen: while a new pair is compared, the previous one is not shown as theirs.
  const ready = result && result.left === leftSide && result.right === rightSide ? result : undefined
  return { left, right, ready }
}
