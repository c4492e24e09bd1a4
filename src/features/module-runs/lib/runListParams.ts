import { MODULE_RUN_STATUSES } from '@/shared/contract/moduleRuns'
import type { ModuleRunListParams } from '@/shared/entities/moduleRuns'

/** The platform's default page size (api-contract §2.5 page/limit). */
export const RUN_PAGE_SIZE = 20

/** URL keys of the run list: every filter and the page live in the URL (product.md "Routes"). */
export const LIST_KEYS = { status: 'status', module: 'module', page: 'page' } as const

/** The status filter's choices: one status, or every active one (the API takes a comma-separated list). */
export const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'queued,running', label: 'Active (queued or running)' },
  ...MODULE_RUN_STATUSES.map((status) => ({ value: status, label: status[0]!.toUpperCase() + status.slice(1) })),
] as const

const KNOWN = new Set<string>(MODULE_RUN_STATUSES)

/** The list request of a URL; unknown statuses and a page that is not a whole number ≥ 1 are ignored, not sent. */
export function runListParamsFrom(search: URLSearchParams): ModuleRunListParams {
  const statuses = (search.get(LIST_KEYS.status) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => KNOWN.has(s))
  const page = Number(search.get(LIST_KEYS.page))
  const moduleId = search.get(LIST_KEYS.module)?.trim()
  return {
    page: Number.isInteger(page) && page > 1 ? page : 1,
    limit: RUN_PAGE_SIZE,
    ...(statuses.length ? { status: [...new Set(statuses)].join(',') } : {}),
    ...(moduleId ? { moduleId } : {}),
  }
}

/** Pages of a filter's runs; at least one, so "page 1 of 1" reads right for an empty result. */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit))
}
