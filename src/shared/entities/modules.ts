import { queryOptions } from '@tanstack/react-query'
import { z } from '@/shared/contract/zod'
import { ApiError } from '@/shared/api/ApiError'
import { http } from '@/shared/api/http'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import { Module, ModulePage, type ModuleSummary } from '@/shared/contract/modules'
import { apiPaths, withQuery } from '@/shared/contract/paths'
import { isLastOffsetPage, offsetPage } from '@/shared/contract/primitives'

/**
 * Modules as every area reads them: the whole catalog and one module. Keys: ['modules', 'list'] and
 * ['modules', moduleId, 'detail']; ['modules'] invalidates both (after a devkit manifest is registered or removed).
 */

/** The platform's largest page of `GET /v1/modules` (limit/offset). */
const MODULE_PAGE_LIMIT = 100
/** A safety stop: a server that keeps reporting a larger total never makes the console loop forever. */
const MAX_MODULE_PAGES = 50

/**
 * The whole catalog: search and the type, tier and status filters run in the browser (the platform filters by category
 * only), so the console pages with `offset` until `total` (or, from a devkit API that sends no total, until a page
 * comes back short).
 */
async function fetchCatalog(signal: AbortSignal): Promise<{ items: ModuleSummary[]; total: number }> {
  const items: ModuleSummary[] = []
  let total: number | null = null
  for (let page = 0; page < MAX_MODULE_PAGES; page++) {
    const offset = items.length
    const body = await http(withQuery(apiPaths.modules(), { limit: MODULE_PAGE_LIMIT, offset }), ModulePage, { signal })
    items.push(...body.items)
    total = body.total
    if (isLastOffsetPage(body, offset, MODULE_PAGE_LIMIT)) break
  }
  return { items, total: total ?? items.length }
}

const ListedItems = offsetPage(z.unknown())
const idOf = (item: unknown) =>
  item && typeof item === 'object'
    ? ((item as { id?: unknown; name?: unknown }).id ?? (item as { name?: unknown }).name)
    : undefined

/**
 * `GET /v1/modules/{id}`, or, in a devkit session, the module's list item: the devkit API answers that endpoint 404
 * (observed, issue 13), but its list items are whole manifests, so the detail, the launch form and the module's UI are
 * built from the item without provoking a 404 on every module page.
 */
export async function fetchModule(moduleId: string, signal: AbortSignal): Promise<Module> {
  if (!sessionSnapshot().devkit) return http(apiPaths.module(moduleId), Module, { signal })
  for (let offset = 0, page = 0; page < MAX_MODULE_PAGES; page++) {
    const body = await http(withQuery(apiPaths.modules(), { limit: MODULE_PAGE_LIMIT, offset }), ListedItems, { signal })
    const item = body.items.find((candidate) => idOf(candidate) === moduleId)
    if (item !== undefined) return asModule(item)
    if (isLastOffsetPage(body, offset, MODULE_PAGE_LIMIT)) break
    offset += body.items.length
  }
  throw new ApiError({
    status: 404,
    code: 'NOT_FOUND',
    message: `The devkit API lists no module “${moduleId}”: it was removed, or registered under another id.`,
    endpoint: apiPaths.modules(),
  })
}

/** A list item as a module, or the contract-drift error `http()` would have raised for it. */
function asModule(item: unknown): Module {
  const parsed = Module.safeParse(item)
  if (parsed.success) return parsed.data
  const fieldPath = parsed.error.issues[0]?.path.join('.') || '(body)'
  throw new ApiError({
    status: 200,
    code: 'INVALID_RESPONSE',
    message: `The server answered in an unexpected shape: ${fieldPath} — ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
    fieldPath,
    endpoint: apiPaths.modules(),
  })
}

export const moduleQueries = {
  all: () => ['modules'] as const,
  list: () =>
    queryOptions({
      queryKey: [...moduleQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchCatalog(signal),
    }),
  scope: (moduleId: string) => [...moduleQueries.all(), moduleId] as const,
  detail: (moduleId: string) =>
    queryOptions({
      queryKey: [...moduleQueries.scope(moduleId), 'detail'],
      queryFn: ({ signal }) => fetchModule(moduleId, signal),
    }),
}
