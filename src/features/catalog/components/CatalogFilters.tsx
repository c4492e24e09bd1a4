import { Box, Button } from '@mui/material'
import { MODULE_TYPES, VERSION_STATUSES } from '@/shared/contract/modules'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { SelectField } from '@/shared/ui/SelectField'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'
import {
  CATALOG_FILTER_KEYS,
  categoryLabel,
  hasActiveFilters,
  TRUST_TIERS,
  type CatalogFilters as Filters,
} from '../lib/catalogParams'
import { typeLabel } from '../lib/moduleLabels'

const ALL = { value: '', label: 'All' }
const SORT_OPTIONS = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: 'updated', label: 'Recently updated' },
  { value: 'category', label: 'Category' },
]
const lower = (status: string) => status.charAt(0) + status.slice(1).toLowerCase()

/** Search, the four filters and the sort; every value lives in the URL (`q`, `type`, `category`, `tier`, `status`, `sort`). */
export function CatalogFilters({ filters, categories }: { filters: Filters; categories: string[] }) {
  const { update } = useUrlParams()
  const set = (key: string) => (value: string) => update({ [key]: value })
  // The search field follows the URL, so clearing the URL clears it too.
  const clear = () => update(Object.fromEntries(CATALOG_FILTER_KEYS.map((key) => [key, null])))

  return (
    <Box
      role="search"
      aria-label="Filter modules"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}
    >
      <UrlSearchField
        urlKey="q"
        label="Search modules"
        placeholder="Name, description, tag or author"
        sx={{ flex: '1 1 16rem', maxWidth: 420 }}
      />
      <SelectField
        label="Type"
        value={filters.type ?? ''}
        onChange={set('type')}
        options={[ALL, ...MODULE_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))]}
        minWidth={120}
      />
      <SelectField
        label="Category"
        value={filters.category ?? ''}
        onChange={set('category')}
        options={[ALL, ...categories.map((category) => ({ value: category, label: categoryLabel(category) }))]}
      />
      <SelectField
        label="Trust tier"
        value={filters.tier ?? ''}
        onChange={set('tier')}
        options={[ALL, ...TRUST_TIERS.map((tier) => ({ value: tier, label: categoryLabel(tier) }))]}
        minWidth={130}
      />
      <SelectField
        label="Status"
        value={filters.status ?? ''}
        onChange={set('status')}
        options={[ALL, ...VERSION_STATUSES.map((status) => ({ value: status, label: lower(status) }))]}
        minWidth={130}
      />
      <SelectField
        label="Sort by"
        value={filters.sort}
        onChange={(value) => update({ sort: value === 'name' ? null : value })}
        options={SORT_OPTIONS}
      />
      {hasActiveFilters(filters) && (
        <Button size="small" onClick={clear}>
          Clear filters
        </Button>
      )}
    </Box>
  )
}
