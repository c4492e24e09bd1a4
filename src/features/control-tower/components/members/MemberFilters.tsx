import { Box } from '@mui/material'
import { InputField } from '@/shared/ui/InputField'
import { SelectField } from '@/shared/ui/SelectField'
import { useEffect, useState } from 'react'
import { ROLES } from '@/shared/contract/primitives'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { useSearchParamValue } from '@/shared/lib/useSearchParamValue'

const SEARCH_DEBOUNCE_MS = 250

/** Search by name or email (debounced into `memberQ`) and a role filter (`memberRole`), both in the URL. */
export function MemberFilters() {
  const [q, setQ] = useSearchParamValue('memberQ')
  const [role, setRole] = useSearchParamValue('memberRole')
  const [search, setSearch] = useState(q)
  const debounced = useDebouncedValue(search, SEARCH_DEBOUNCE_MS)
  useEffect(() => {
    if (debounced.trim() !== q) setQ(debounced.trim())
  }, [debounced, q, setQ])
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <InputField
        type="search"
        label="Search members"
        placeholder="Name or email"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ flex: 1, minWidth: '14rem' }}
      />
      <SelectField
        label="Role"
        value={role}
        onChange={setRole}
        options={[{ value: '', label: 'Any role' }, ...ROLES.map((value) => ({ value, label: value }))]}
      />
    </Box>
  )
}
