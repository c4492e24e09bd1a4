import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { isActiveRun } from '@/shared/entities/moduleRuns'

/** Time a run has worked: its duration, or for an active run the time so far at `now` (server clock). */
export function workedMs(run: ModuleRun, now: number): number | undefined {
  if (run.durationMs !== undefined) return run.durationMs
  if (run.startedAt && isActiveRun(run.status)) return Math.max(0, now - Date.parse(run.startedAt))
  return undefined
}
