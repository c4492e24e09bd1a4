import type { SortingState } from '@tanstack/react-table'
import { ORG_SORTS, type OrgSort } from '@/shared/contract/organizations'
import type { OrganizationListParams } from '../api/organizationQueries'

export const ORG_PAGE_SIZE = 50

/** The list's state as the URL carries it: filters, sort, cursor. Unknown values are dropped, never sent. */
export function orgListParamsFrom(params: URLSearchParams): OrganizationListParams {
  const sort = params.get('sort')
  return {
    q: params.get('q')?.trim() || undefined,
    tier: params.get('tier') || undefined,
    plan: params.get('plan') || undefined,
    status: params.get('status') || undefined,
    sort: (ORG_SORTS as readonly string[]).includes(sort ?? '') ? (sort as OrgSort) : undefined,
    cursor: params.get('cursor') || undefined,
    limit: ORG_PAGE_SIZE,
  }
}

/** `-name` ⇄ TanStack's `[{ id: 'name', desc: true }]`; the default sort (name ascending) shows as sorted by name. */
export function sortingFromParam(sort: OrgSort | undefined): SortingState {
  const value = sort ?? 'name'
  return [{ id: value.replace(/^-/, ''), desc: value.startsWith('-') }]
}

export function sortParamFrom(sorting: SortingState): OrgSort | undefined {
  const first = sorting[0]
  if (!first) return undefined
  const value = `${first.desc ? '-' : ''}${first.id}`
  return (ORG_SORTS as readonly string[]).includes(value) && value !== 'name' ? (value as OrgSort) : undefined
}

/** Params of the drawer's tabs, dropped when the drawer closes so the list URL stays clean. */
export const DRAWER_PARAMS = ['tab', 'dataStatus', 'memberQ', 'memberRole', 'auditAction'] as const
