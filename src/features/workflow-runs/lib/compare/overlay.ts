import type { WorkflowRun } from '@/shared/contract/workflows'
import { timelineOf } from '../timeline'

export type OverlaySegment = { stepId: string; name: string; status: string; left: number; width: number; durationMs?: number }
export type OverlayLane = { run: WorkflowRun; spanMs: number; segments: OverlaySegment[] }
export type Overlay = { spanMs: number; lanes: OverlayLane[] }

/**
 * Every run's steps on one axis, each run aligned at its own start (0) and the axis as long as the longest run, so
 * a longer lane and a wider segment show at once where the extra minutes went. Positions are percent of the axis.
 */
export function overlayOf(runs: readonly WorkflowRun[], now: number): Overlay {
  const timelines = runs.map((run) => timelineOf(run, now))
  const spanMs = Math.max(1, ...timelines.map((t) => t.endMs - t.startMs))
  const pct = (ms: number) => (ms / spanMs) * 100
  const lanes = timelines.map((timeline, i): OverlayLane => ({
    run: runs[i]!,
    spanMs: timeline.endMs - timeline.startMs,
    segments: timeline.rows.flatMap((row) =>
      row.startMs === undefined || row.endMs === undefined
        ? []
        : [
            {
              stepId: row.step.stepId,
              name: row.step.name,
              status: row.step.status,
              left: pct(row.startMs - timeline.startMs),
              width: pct(row.endMs - row.startMs),
              durationMs: row.durationMs,
            },
          ],
    ),
  }))
  return { spanMs, lanes }
}
