import { Box, Button } from '@mui/material'
import { useEffect, useState } from 'react'
import { MODULE_TYPES, VERSION_STATUSES } from '@/shared/contract/modules'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { InputField } from '@/shared/ui/InputField'
import { SelectField } from '@/shared/ui/SelectField'
import {
  CATALOG_FILTER_KEYS,
  categoryLabel,
  hasActiveFilters,
  TRUST_TIERS,
  type CatalogFilters as Filters,
} from '../lib/catalogParams'
import { typeLabel } from '../lib/moduleLabels'

const SEARCH_DEBOUNCE_MS = 150
const ALL = { value: '', label: 'All' }
const SORT_OPTIONS = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: 'updated', label: 'Recently updated' },
  { value: 'category', label: 'Category' },
]
const lower = (status: string) => status.charAt(0) + status.slice(1).toLowerCase()

/** Search, the four filters and the sort; every value lives in the URL (`q`, `type`, `category`, `tier`, `status`, `sort`). */
export function CatalogFilters({ filters, categories }: { filters: Filters; categories: string[] }) {
  const { get, update } = useUrlParams()
  const urlSearch = get('q') ?? ''
  const [search, setSearch] = useState(urlSearch)
  const debounced = useDebouncedValue(search, SEARCH_DEBOUNCE_MS)
  useEffect(() => {
    if (urlSearch !== debounced.trim()) update({ q: debounced.trim() }, { replace: true })
    // Only a settled keystroke writes the URL; a URL change alone must not write it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, update])
  // The URL changed from elsewhere (Back, "Clear filters" of the empty state): show what it now says. Our own write
  // (the debounced value) is no such change, or keystrokes typed since would be lost.
  const [seenUrlSearch, setSeenUrlSearch] = useState(urlSearch)
  if (urlSearch !== seenUrlSearch) {
    setSeenUrlSearch(urlSearch)
    if (urlSearch !== debounced.trim() && urlSearch !== search.trim()) setSearch(urlSearch)
  }
  const set = (key: string) => (value: string) => update({ [key]: value })
  const clear = () => {
    setSearch('')
    update(Object.fromEntries(CATALOG_FILTER_KEYS.map((key) => [key, null])))
  }

  return (
    <Box
      role="search"
      aria-label="Filter modules"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}
    >
      <InputField
        label="Search modules"
        placeholder="Name, description, tag or author"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
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
      {(hasActiveFilters(filters) || search) && (
        <Button size="small" onClick={clear}>
          Clear filters
        </Button>
      )}
    </Box>
  )
}
