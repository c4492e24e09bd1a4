import { Box, Button } from '@mui/material'
import { useEffect, useState } from 'react'
import { ORG_STATUSES, PLANS, TRUST_TIERS } from '@/shared/contract/organizations'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { InputField } from '@/shared/ui/InputField'
import { SelectField } from '@/shared/ui/SelectField'

// A burst of keystrokes becomes one request; the first keystroke after a pause goes through at once (150 ms budget).
const SEARCH_DEBOUNCE_MS = 200

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
      <InputField
        label="Search organizations"
        placeholder="Name, slug or id"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ minWidth: 260, flex: 1, maxWidth: 420 }}
      />
      {FILTERS.map(({ key, label, values }) => (
        <SelectField
          key={key}
          label={label}
          value={get(key) ?? ''}
          onChange={(value) => update({ [key]: value })}
          options={[{ value: '', label: 'Any' }, ...values.map((value) => ({ value, label: value }))]}
        />
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
