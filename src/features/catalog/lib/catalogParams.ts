import { MODULE_TYPES, VERSION_STATUSES, type ModuleSummary } from '@/shared/contract/modules'
import { clipText } from '@/shared/lib/clip'

/**
 * The catalog's filters and sort as the URL carries them (`q`, `type`, `category`, `tier`, `status`, `sort`). The
 * platform filters by category only (api-contract §5), so everything runs in the browser over the full list.
 */
export const TRUST_TIERS = ['internal', 'verified', 'community'] as const
export const CATALOG_SORTS = ['name', 'updated', 'category'] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]
export const DEFAULT_CATALOG_SORT: CatalogSort = 'name'

export type CatalogFilters = {
  q?: string
  type?: string
  category?: string
  tier?: string
  status?: string
  sort: CatalogSort
}

export const CATALOG_FILTER_KEYS = ['q', 'type', 'category', 'tier', 'status'] as const

const oneOf = (values: readonly string[], value: string | null): string | undefined =>
  value && values.includes(value) ? value : undefined

/** The filters of a URL; unknown values are dropped (a stale link shows everything rather than nothing). */
export function catalogFiltersFrom(params: URLSearchParams): CatalogFilters {
  const sort = params.get('sort')
  return {
    q: params.get('q')?.trim() || undefined,
    type: oneOf(MODULE_TYPES, params.get('type')),
    // Categories are open-ended: every value is kept and simply matches nothing when unknown.
    category: params.get('category')?.trim() || undefined,
    tier: oneOf(TRUST_TIERS, params.get('tier')),
    status: oneOf(VERSION_STATUSES, params.get('status')),
    sort: (oneOf(CATALOG_SORTS, sort) as CatalogSort | undefined) ?? DEFAULT_CATALOG_SORT,
  }
}

export const hasActiveFilters = (filters: CatalogFilters): boolean =>
  CATALOG_FILTER_KEYS.some((key) => filters[key] !== undefined)

/** Everything a search matches: names, id, description, category, tags and author. */
function searchText(module: ModuleSummary): string {
  return [
    module.id,
    module.moduleName,
    module.displayName,
    module.description,
    module.category,
    ...(module.tags ?? []),
    module.author?.name,
    module.author?.organization,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase()
}

export const displayNameOf = (module: ModuleSummary): string => module.displayName || module.moduleName

/** The module's name as a heading or link shows it: cut when it is too long to lay out. */
export const shownNameOf = (module: ModuleSummary): string => clipText(displayNameOf(module))

const COMPARE: Record<CatalogSort, (a: ModuleSummary, b: ModuleSummary) => number> = {
  name: (a, b) => displayNameOf(a).localeCompare(displayNameOf(b)),
  // Newest first; modules without a date go last.
  updated: (a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''),
  category: (a, b) => (a.category ?? '\uffff').localeCompare(b.category ?? '\uffff'),
}

/** The modules that pass every filter, sorted (ties by name, then id, so the order never jitters). */
export function filterModules(modules: ModuleSummary[], filters: CatalogFilters): ModuleSummary[] {
  const words = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  return modules
    .filter(
      (m) =>
        (!filters.type || m.type === filters.type) &&
        (!filters.category || m.category === filters.category) &&
        (!filters.tier || m.trustTier === filters.tier) &&
        (!filters.status || m.status === filters.status) &&
        (words.length === 0 || words.every((word) => searchText(m).includes(word))),
    )
    .sort((a, b) => COMPARE[filters.sort](a, b) || COMPARE.name(a, b) || a.id.localeCompare(b.id))
}

/** The distinct categories of the catalog, for the category filter. */
export function categoriesOf(modules: ModuleSummary[]): string[] {
  return [...new Set(modules.map((m) => m.category).filter((c): c is string => !!c))].sort()
}

// The field's acronyms, kept upper-case in a label ("hla-typing" is "HLA typing", not "Hla typing").
const ACRONYMS = new Set(['hla', 'mhc', 'qc', 'ms', 'tcr', 'bcr', 'wes', 'rna', 'dna', 'ngs', 'lc', 'csv', 'ui'])

/** `binding-prediction` → "Binding prediction", `hla-typing` → "HLA typing". */
export const categoryLabel = (category: string): string => {
  const words = category.split(/[-_\s]+/).filter(Boolean)
  const text = words.map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : word)).join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
