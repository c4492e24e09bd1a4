import { http } from '../runtime/http'
import { LogPage } from '../../src/shared/contract/logs'
import {
  MODULE_RUN_STATUSES,
  ModuleRun,
  ModuleRunComplete,
  ModuleRunCreate,
  ModuleRunPage,
  ResultEnvelope,
} from '../../src/shared/contract/moduleRuns'
import { DEMO_MODULES } from '../fixtures/moduleIds'
import { currentVersionOf, isDemoModule, priceFor, specOf, versionsOf } from '../fixtures/modules'
import { conflict, json, MockHttpError, notFound, validationFailed, withApi, type Actor } from '../runtime/api'
import { nowMs } from '../runtime/clock'
import { readJson, route } from '../runtime/route'
import { dataSet } from '../runtime/scenario'
import { parseBody } from '../runtime/validate'
import { cancelRun, completeRun, createRun, findRunView, hasStarted, isFinished, listRunViews } from '../stores/moduleRunStore'
import { findOrganization, grantedModuleIds } from '../stores/organizationStore'
import { badQuery } from '../stores/orgPaging'
import { logPage } from '../stores/runLogPage'
import { validateParameters } from '../stores/runParameters'
import { resultEnvelope, type RunView } from '../stores/runResults'

/** A run of the actor's active organization (a superuser sees every run); others answer 404. */
export function viewFor(actor: Actor, runId: string): RunView {
  const view = findRunView(runId, nowMs())
  if (!view || (!actor.isSuperuser && view.orgId !== actor.orgId)) throw notFound(`Module run ${runId}`)
  return view
}

/** Cancel and complete (api-contract §3): superuser and admin on any run of the org, everyone else on their own runs. */
function requireControl(actor: Actor, view: RunView, what: string): void {
  if (view.managedByWorkflow)
    throw conflict(`This run belongs to workflow run ${view.run.workflow?.workflowRunId}; Step Functions controls it.`, {
      reason: 'managed_by_workflow',
    })
  if (actor.isSuperuser || actor.roles.includes('admin') || view.run.triggeredBy.userId === actor.userId) return
  throw new MockHttpError(403, 'FORBIDDEN', `Only the person who started this run or an admin can ${what} it.`, {
    requiredRoles: ['admin'],
  })
}

function requireUnfinished(view: RunView): void {
  if (isFinished(view))
    throw conflict(`Run ${view.run.runId} has already finished (${String(view.run.status)}).`, { reason: 'already_finished' })
}

function readPositiveInt(url: URL, name: string, fallback: number): number {
  const text = url.searchParams.get(name)
  if (text === null || text === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw badQuery(name, 'Use a whole number of at least 1.')
  return value
}

function readStatuses(url: URL): string[] | undefined {
  const text = url.searchParams.get('status')
  if (!text) return undefined
  const statuses = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = statuses.find((s) => !(MODULE_RUN_STATUSES as readonly string[]).includes(s))
  if (unknown) throw badQuery('status', `Use one of ${MODULE_RUN_STATUSES.join(', ')}.`)
  return statuses
}

/** Checks a start request against the catalog, grants, manifest and credits; returns what the new run needs. */
function prepareStart(actor: Actor, body: ModuleRunCreate) {
  const { moduleId } = body
  if (dataSet() === 'empty' || !isDemoModule(moduleId))
    throw validationFailed('Unknown module.', [{ field: 'moduleId', message: `No module ${moduleId} in the catalog.` }])
  if (!actor.isSuperuser && !grantedModuleIds(actor.orgId).has(moduleId))
    throw new MockHttpError(403, 'FORBIDDEN', `${moduleId} is not granted to your organization.`, {
      reason: 'module_not_granted',
    })
  const versions = versionsOf(moduleId, nowMs())
  const version = body.version ? versions.find((v) => v.version === body.version) : currentVersionOf(versions)
  if (!version || (version.status !== 'ACTIVE' && version.status !== 'DEPRECATED'))
    throw validationFailed('This version cannot run.', [
      { field: 'version', message: `Version ${body.version ?? ''} is not active.` },
    ])
  const spec = specOf(moduleId)
  const modes = spec.execution.modes as string[]
  if (!modes.includes(body.mode))
    throw validationFailed('This mode is not supported.', [
      { field: 'mode', message: `${moduleId} runs in ${modes.join(', ')} mode.` },
    ])
  const issues = validateParameters(spec.inputs, body.parameters)
  if (issues.length) throw validationFailed('The parameters do not match the module’s inputs.', issues)
  const org = findOrganization(actor.orgId)
  const estimatedAct = priceFor(moduleId, org?.plan ?? 'developer')
  if (org && org.credits.balanceAct < estimatedAct)
    throw new MockHttpError(403, 'FORBIDDEN', 'Your organization does not have enough credits for this run.', {
      reason: 'insufficient_credits',
    })
  return { moduleId, version: version.version, estimatedAct, uiOnly: spec.uiOnly === true && body.mode === 'interactive' }
}

export const moduleRunHandlers = [
  http.get(
    route('moduleRuns'),
    withApi('moduleRuns', ({ url, actor }) => {
      const page = readPositiveInt(url, 'page', 1)
      const limit = Math.min(readPositiveInt(url, 'limit', 20), 100)
      const order = url.searchParams.get('order') ?? 'desc'
      if (order !== 'asc' && order !== 'desc') throw badQuery('order', 'Use asc or desc.')
      const moduleId = url.searchParams.get('moduleId') || undefined
      const views = listRunViews(
        { orgId: actor.isSuperuser ? null : actor.orgId, moduleId, statuses: readStatuses(url), order },
        nowMs(),
      )
      const items = views.slice((page - 1) * limit, page * limit).map((v) => v.run)
      return json(ModuleRunPage, { items, total: views.length, page, limit })
    }),
  ),
  http.post(
    route('moduleRuns'),
    withApi('moduleRuns', async ({ request, actor }) => {
      const body = parseBody(ModuleRunCreate, await readJson(request))
      const start = prepareStart(actor, body)
      const view = createRun(
        {
          orgId: actor.orgId,
          moduleId: start.moduleId,
          version: start.version,
          mode: body.mode,
          parameters: body.parameters,
          triggeredBy: { userId: actor.userId, name: actor.name },
          estimatedAct: start.estimatedAct,
          uiOnly: start.uiOnly,
        },
        nowMs(),
      )
      return json(ModuleRun, view.run, 201)
    }),
  ),
  http.get(
    route('moduleRun', 'runId'),
    withApi('moduleRun', ({ params, actor }) => json(ModuleRun, viewFor(actor, String(params.runId)).run)),
  ),
  http.get(
    route('moduleRunResult', 'runId'),
    withApi('moduleRunResult', ({ params, actor }) => {
      const view = viewFor(actor, String(params.runId))
      if (!isFinished(view)) throw conflict(`Run ${view.run.runId} has not finished yet.`, { reason: 'not_finished' })
      return json(ResultEnvelope, resultEnvelope(view))
    }),
  ),
  http.get(
    route('moduleRunLogs', 'runId'),
    withApi('moduleRunLogs', ({ params, url, actor }) => {
      const { lines, finished } = viewFor(actor, String(params.runId)).log()
      return json(LogPage, logPage(url, lines, finished))
    }),
  ),
  http.post(
    route('moduleRunCancel', 'runId'),
    withApi('moduleRunCancel', ({ params, actor }) => {
      const view = viewFor(actor, String(params.runId))
      requireControl(actor, view, 'cancel')
      requireUnfinished(view)
      return json(ModuleRun, cancelRun(view.run.runId, { userId: actor.userId, name: actor.name }, nowMs()).run)
    }),
  ),
  http.post(
    route('moduleRunComplete', 'runId'),
    withApi('moduleRunComplete', async ({ params, request, actor }) => {
      const body = parseBody(ModuleRunComplete, await readJson(request))
      const view = viewFor(actor, String(params.runId))
      requireControl(actor, view, 'complete')
      if (specOf(view.moduleId).type !== 'with-ui')
        throw conflict(
          `${DEMO_MODULES.find((m) => m.moduleId === view.moduleId)?.displayName} has no UI; its runs finish on their own.`,
          {
            reason: 'not_ui_run',
          },
        )
      requireUnfinished(view)
      if (!hasStarted(view)) throw conflict('The run has not started yet.', { reason: 'not_started' })
      const message = typeof body.error?.message === 'string' ? body.error.message : undefined
      return json(ModuleRun, completeRun(view.run.runId, body.status, body.summary, message, nowMs()).run)
    }),
  ),
]
