import { Box, Button, MenuItem, TextField } from '@mui/material'
import { useEffect, useState } from 'react'
import { ORG_STATUSES, PLANS, TRUST_TIERS } from '@/shared/contract/organizations'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { useUrlParams } from '@/shared/lib/useUrlParams'

// Short enough that a keystroke updates the list within the 150 ms budget (product.md), long enough to skip mid-word requests.
const SEARCH_DEBOUNCE_MS = 100

const FILTERS = [
  { key: 'tier', label: 'Trust tier', values: TRUST_TIERS },
  { key: 'plan', label: 'Plan', values: PLANS },
  { key: 'status', label: 'Status', values: ORG_STATUSES },
] as const

/** Search (debounced) and tier/plan/status filters, all kept in the URL. */
export function OrganizationFilters() {
  const { get, update } = useUrlParams()
  const [search, setSearch] = useState(get('q') ?? '')
  const debounced = useDebouncedValue(search, SEARCH_DEBOUNCE_MS)
  useEffect(() => {
    if ((get('q') ?? '') !== debounced.trim()) update({ q: debounced.trim() }, { replace: true })
  }, [debounced, get, update])
  const hasFilters = !!(get('q') || get('tier') || get('plan') || get('status'))
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <TextField
        label="Search organizations"
        placeholder="Name, slug or id"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ minWidth: 260, flex: 1, maxWidth: 420 }}
      />
      {FILTERS.map(({ key, label, values }) => (
        <TextField
          key={key}
          select
          label={label}
          value={get(key) ?? ''}
          onChange={(event) => update({ [key]: event.target.value })}
          sx={{ minWidth: 150 }}
        >
          <MenuItem value="">Any</MenuItem>
          {values.map((value) => (
            <MenuItem key={value} value={value}>
              {value}
            </MenuItem>
          ))}
        </TextField>
      ))}
      {hasFilters && (
        <Button
          onClick={() => {
            setSearch('')
            update({ q: null, tier: null, plan: null, status: null })
          }}
        >
          Clear filters
        </Button>
      )}
    </Box>
  )
}
