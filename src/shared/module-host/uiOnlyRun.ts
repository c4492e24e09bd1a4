import { isActiveRun } from '@/shared/entities/moduleRuns'

/** What `isUiOnlyRun` reads of a run: how it was started and where it stands. */
export type RunState = { mode: string; status: string }

/**
 * Whether the mounted run is a UI-only run, which the host ends itself (module-ui-contract §2 `onComplete`/`onError`;
 * api-contract `POST /v1/module-runs/{runId}/complete`). Such a run has no backend work: the platform keeps it
 * `running` until the host posts its completion, so a wrong `false` leaves it running for ever and a wrong `true` lets
 * a UI end a run that finishes on its own. It is read from the records, never chosen by a page, so every page that
 * shows a run agrees: a `with-ui` module whose version runs in the browser (manifest `execution.runtime: 'browser'`,
 * or the `ui-only` entrypoint), started interactively, and not yet ended.
 */
export function isUiOnlyRun(
  moduleType: string | undefined,
  versionManifest: Record<string, unknown> | undefined,
  run: RunState | undefined,
): boolean {
  if (moduleType !== 'with-ui' || !run) return false
  if (run.mode !== 'interactive' || !isActiveRun(run.status)) return false
  const execution = versionManifest?.execution
  if (!execution || typeof execution !== 'object') return false
  const { runtime, entrypoint } = execution as { runtime?: unknown; entrypoint?: unknown }
  return runtime === 'browser' || entrypoint === 'ui-only'
}
