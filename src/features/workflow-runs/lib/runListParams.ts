import type { SortingState } from '@tanstack/react-table'
import { WORKFLOW_RUN_SORTS, WORKFLOW_RUN_STATUSES, type WorkflowRunSort } from '@/shared/contract/workflows'
import type { WorkflowRunListParams } from '../api/workflowRunQueries'

export const RUN_PAGE_SIZE = 50
export const DEFAULT_RUN_SORT: WorkflowRunSort = '-startedAt'

/** URL keys of the run filters; the numeric ones carry the API's own units (ms, ACT), dates are `YYYY-MM-DD`. */
export const RUN_FILTER_KEYS = [
  'status',
  'triggeredBy',
  'from',
  'to',
  'q',
  'minDurationMs',
  'maxDurationMs',
  'minCredits',
  'maxCredits',
] as const

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** `YYYY-MM-DD` → the ISO instant of that local midnight, `days` later; anything else → undefined. */
export function dateToIso(date: string | null | undefined, days = 0): string | undefined {
  if (!date || !DATE.test(date)) return undefined
  const [year, month, day] = date.split('-').map(Number)
  const local = new Date(year!, month! - 1, day! + days)
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString()
}

/** The local `YYYY-MM-DD` of the day `days` before `now`: "last 7 days" starts 6 days before today, today included. */
export function localDateBefore(now: number, days: number): string {
  const date = new Date(now)
  date.setDate(date.getDate() - days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function nonNegative(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined
  const value = Number(text)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/** The known statuses in a comma-separated `status` param, in contract order. */
export function statusesFrom(text: string | null | undefined): string[] {
  const wanted = new Set((text ?? '').split(','))
  return WORKFLOW_RUN_STATUSES.filter((status) => wanted.has(status))
}

const isSort = (value: string | null): value is WorkflowRunSort => (WORKFLOW_RUN_SORTS as readonly string[]).includes(value ?? '')

/**
 * The list request as the URL carries it. Unknown values are dropped, never sent; the `to` date is inclusive for the
 * user, so it is sent as the next day's midnight (the API's `to` is exclusive).
 */
export function runListParamsFrom(params: URLSearchParams): WorkflowRunListParams {
  const status = statusesFrom(params.get('status'))
  const sort = params.get('sort')
  return {
    status: status.length ? status : undefined,
    triggeredBy: params.get('triggeredBy')?.trim() || undefined,
    from: dateToIso(params.get('from')),
    to: dateToIso(params.get('to'), 1),
    q: params.get('q')?.trim() || undefined,
    minDurationMs: nonNegative(params.get('minDurationMs')),
    maxDurationMs: nonNegative(params.get('maxDurationMs')),
    minCredits: nonNegative(params.get('minCredits')),
    maxCredits: nonNegative(params.get('maxCredits')),
    sort: isSort(sort) && sort !== DEFAULT_RUN_SORT ? sort : undefined,
    cursor: params.get('cursor') || undefined,
    limit: RUN_PAGE_SIZE,
  }
}

/** `-durationMs` ⇄ TanStack's `[{ id: 'durationMs', desc: true }]`; no sort shows as newest first. */
export function sortingFromParam(sort: WorkflowRunSort | undefined): SortingState {
  const value = sort ?? DEFAULT_RUN_SORT
  return [{ id: value.replace(/^-/, ''), desc: value.startsWith('-') }]
}

/**
 * The URL's `sort` for a header click; the default sort is left out of the URL. TanStack's third click clears the
 * sort, which for the default column (newest first) would change nothing, so a cleared sort flips `current` instead.
 */
export function sortParamFrom(sorting: SortingState, current?: WorkflowRunSort): WorkflowRunSort | undefined {
  const first = sorting[0] ?? (current ? sortingFromParam(flip(current))[0] : undefined)
  if (!first) return undefined
  const value = `${first.desc ? '-' : ''}${first.id}`
  return isSort(value) && value !== DEFAULT_RUN_SORT ? value : undefined
}

const flip = (sort: WorkflowRunSort): WorkflowRunSort => {
  const flipped = sort.startsWith('-') ? sort.slice(1) : `-${sort}`
  return isSort(flipped) ? flipped : DEFAULT_RUN_SORT
}
