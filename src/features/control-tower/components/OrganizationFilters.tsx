import { Box, Button } from '@mui/material'
import { ORG_STATUSES, PLANS, TRUST_TIERS } from '@/shared/contract/organizations'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { SelectField } from '@/shared/ui/SelectField'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'

const FILTERS = [
  { key: 'tier', label: 'Trust tier', values: TRUST_TIERS },
  { key: 'plan', label: 'Plan', values: PLANS },
  { key: 'status', label: 'Status', values: ORG_STATUSES },
] as const

/** Search (debounced) and tier/plan/status filters, all kept in the URL. */
export function OrganizationFilters() {
  const { get, update } = useUrlParams()
  const hasFilters = !!(get('q') || get('tier') || get('plan') || get('status'))
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <UrlSearchField
        urlKey="q"
        label="Search organizations"
        placeholder="Name, slug or id"
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
      {hasFilters && <Button onClick={() => update({ q: null, tier: null, plan: null, status: null })}>Clear filters</Button>}
    </Box>
  )
}
