import { http } from '@/shared/api/http'
import { ModuleRun, type ModuleRunCreate } from '@/shared/contract/moduleRuns'
import { apiPaths } from '@/shared/contract/paths'
import { sessionActions } from '@/shared/stores/sessionStore'

/**
 * `POST /v1/module-runs`, for a launch and a re-run alike; the key is the user's one action, reused on every retry of
 * it. A devkit API cannot list runs, so a devkit session remembers each run it starts here (issue 13).
 */
export async function startModuleRun(body: ModuleRunCreate, idempotencyKey: string): Promise<ModuleRun> {
  const run = await http(apiPaths.moduleRuns(), ModuleRun, { method: 'POST', body, idempotencyKey })
  sessionActions().devkitRunStarted({ runId: run.runId, moduleId: run.moduleId })
  return run
}
