import { Box } from '@mui/material'
import { ROLES } from '@/shared/contract/primitives'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { SelectField } from '@/shared/ui/SelectField'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'

/**
 * Search by name or email (`memberQ`) and a role filter (`memberRole`), both in the URL. They keep the list's cursor
 * and page (the list under the drawer does not change) and replace the history entry, so Back closes the drawer.
 */
export function MemberFilters() {
  const { get, update } = useUrlParams()
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <UrlSearchField
        urlKey="memberQ"
        label="Search members"
        placeholder="Name or email"
        keepCursor
        sx={{ flex: 1, minWidth: '14rem' }}
      />
      <SelectField
        label="Role"
        value={get('memberRole') ?? ''}
        onChange={(value) => update({ memberRole: value }, { keepCursor: true, replace: true })}
        options={[{ value: '', label: 'Any role' }, ...ROLES.map((value) => ({ value, label: value }))]}
      />
    </Box>
  )
}
