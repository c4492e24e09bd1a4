import { Box, MenuItem, TextField } from '@mui/material'
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
      <TextField
        type="search"
        label="Search members"
        placeholder="Name or email"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ flex: 1, minWidth: '14rem' }}
      />
      <TextField
        select
        label="Role"
        value={role}
        onChange={(event) => setRole(event.target.value)}
        // '' means "any role": show its label instead of an empty box.
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: '10rem' }}
      >
        <MenuItem value="">Any role</MenuItem>
        {ROLES.map((value) => (
          <MenuItem key={value} value={value}>
            {value}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  )
}
