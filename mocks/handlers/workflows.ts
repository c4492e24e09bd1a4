import { http } from '../runtime/http'
import { LogPage } from '../../src/shared/contract/logs'
import {
  Workflow,
  WorkflowPage,
  WorkflowRun,
  WorkflowRunHistory,
  WorkflowRunPage,
  WorkflowRunStats,
} from '../../src/shared/contract/workflows'
import { RUN_STEP_PAGE_MAX, WorkflowRunStepPage } from '../../src/shared/contract/workflowRunSteps'
import { json, withApi } from '../runtime/api'
import { RerunPage, RerunRequest } from '../../src/shared/contract/workflowReruns'
import { nowMs } from '../runtime/clock'
import { readJson, route } from '../runtime/route'
import { parseBody } from '../runtime/validate'
import { pageOf, readLimit, readPage, readSearch } from '../stores/orgPaging'
import { logPage } from '../stores/runLogPage'
import { HISTORY_MAX_LIMIT, runHistory } from '../stores/workflowRunHistory'
import { matchingRuns, readRunQuery, runStats } from '../stores/workflowRunQuery'
import { anyRunDetail, anyStepLog, redrive, rerun, rerunsOf } from '../stores/workflowRerunStore'
import { runTableFor, visibleWorkflows, workflowDetail, workflowFor, workflowSummary } from '../stores/workflowRunStore'
import { summaryAt } from '../stores/workflowRunTable'
import { runStepPage } from '../stores/workflowRunSteps'

/** Workflows and workflow runs (api-contract §9); every org-scoped object of another organization answers 404. */
export const workflowHandlers = [
  http.get(
    route('workflows'),
    withApi('workflows', ({ url, actor }) => {
      const q = readSearch(url)
      const page = readPage(url, { q }, { defaultLimit: 50, maxLimit: 100 })
      const now = nowMs()
      const rows = visibleWorkflows(actor).filter(
        (wf) => !q || [wf.id, wf.name, wf.description].some((text) => text.toLowerCase().includes(q)),
      )
      const { items, nextCursor } = pageOf(rows, page)
      return json(WorkflowPage, { items: items.map((wf) => workflowSummary(wf, now)), nextCursor, total: rows.length })
    }),
  ),
  http.get(
    route('workflow', 'workflowId'),
    withApi('workflow', ({ params, actor }) =>
      json(Workflow, workflowDetail(workflowFor(actor, String(params.workflowId)), nowMs())),
    ),
  ),
  http.get(
    route('workflowRuns', 'workflowId'),
    withApi('workflowRuns', ({ params, url, actor }) => {
      const workflowId = String(params.workflowId)
      const table = runTableFor(actor, workflowId)!
      const query = readRunQuery(url)
      // The cursor is bound to the workflow, every filter and the sort (a mismatch is a 400 on `cursor`).
      const page = readPage(url, { workflowId, ...query }, { defaultLimit: 50, maxLimit: 200 })
      const now = nowMs()
      const matches = matchingRuns(table, query, now)
      const { items, nextCursor } = pageOf(matches, page)
      return json(WorkflowRunPage, {
        items: items.map((index) => summaryAt(table, index, now)),
        nextCursor,
        total: matches.length,
      })
    }),
  ),
  http.get(
    route('workflowRunSteps', 'workflowId'),
    withApi('workflowRunSteps', ({ params, url, actor }) => {
      const workflowId = String(params.workflowId)
      const table = runTableFor(actor, workflowId)!
      const query = readRunQuery(url)
      // The run list's scope: a cursor of the list serves the grid and back, so switching views keeps the page.
      const page = readPage(url, { workflowId, ...query }, { defaultLimit: RUN_STEP_PAGE_MAX, maxLimit: RUN_STEP_PAGE_MAX })
      const now = nowMs()
      const matches = matchingRuns(table, query, now)
      const { items, nextCursor } = pageOf(matches, page)
      return json(WorkflowRunStepPage, { ...runStepPage(table, items, now), nextCursor, total: matches.length })
    }),
  ),
  http.get(
    route('workflowRunStats', 'workflowId'),
    withApi('workflowRunStats', ({ params, url, actor }) => {
      const table = runTableFor(actor, String(params.workflowId))!
      return json(WorkflowRunStats, runStats(table, readRunQuery(url, false), nowMs()))
    }),
  ),
  http.get(
    route('workflowRunHistory', 'workflowId'),
    withApi('workflowRunHistory', ({ params, url, actor }) => {
      const table = runTableFor(actor, String(params.workflowId))!
      const limit = readLimit(url, { defaultLimit: HISTORY_MAX_LIMIT, maxLimit: HISTORY_MAX_LIMIT })
      return json(WorkflowRunHistory, runHistory(table, readRunQuery(url, false), nowMs(), limit))
    }),
  ),
  http.get(
    route('workflowRun', 'runId'),
    withApi('workflowRun', ({ params, actor }) => json(WorkflowRun, anyRunDetail(actor, String(params.runId), nowMs()))),
  ),
  http.get(
    route('stepLogs', 'runId', 'stepId'),
    withApi('stepLogs', ({ params, url, actor }) => {
      const { lines, finished } = anyStepLog(actor, String(params.runId), String(params.stepId), nowMs())
      return json(LogPage, logPage(url, lines, finished))
    }),
  ),
  // Re-runs and redrives (api-contract §9.2): the new run, 201; a replayed Idempotency-Key answers the same run.
  http.post(
    route('workflowRunRerun', 'runId'),
    withApi('workflowRunRerun', async ({ params, request, actor }) => {
      const body = parseBody(RerunRequest, (await readJson(request)) ?? {})
      return json(WorkflowRun, rerun(actor, String(params.runId), body.inputs, nowMs()), 201)
    }),
  ),
  http.post(
    route('workflowRunRedrive', 'runId'),
    withApi('workflowRunRedrive', ({ params, actor }) => json(WorkflowRun, redrive(actor, String(params.runId), nowMs()), 201)),
  ),
  http.get(
    route('workflowRunReruns', 'runId'),
    withApi('workflowRunReruns', ({ params, url, actor }) => {
      const runId = String(params.runId)
      const rows = rerunsOf(actor, runId, nowMs())
      const { items, nextCursor } = pageOf(rows, readPage(url, { runId }, { defaultLimit: 20, maxLimit: 100 }))
      return json(RerunPage, { items, nextCursor, total: rows.length })
    }),
  ),
]
