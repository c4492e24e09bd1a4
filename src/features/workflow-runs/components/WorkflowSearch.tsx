import { Box } from '@mui/material'
import { useEffect, useState } from 'react'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { InputField } from '@/shared/ui/InputField'

const SEARCH_DEBOUNCE_MS = 200

/** Debounced search over workflow name, description and id, kept in the URL (`q`). */
export function WorkflowSearch() {
  const { get, update } = useUrlParams()
  const [search, setSearch] = useState(get('q') ?? '')
  const debounced = useDebouncedValue(search, SEARCH_DEBOUNCE_MS)
  useEffect(() => {
    if ((get('q') ?? '') !== debounced.trim()) update({ q: debounced.trim() }, { replace: true })
  }, [debounced, get, update])
  return (
    <Box sx={{ mb: 2 }}>
      <InputField
        label="Search workflows"
        placeholder="Name, description or id"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ minWidth: 260, width: '100%', maxWidth: 420 }}
      />
    </Box>
  )
}
