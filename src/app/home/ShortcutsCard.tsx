import { Button, Stack } from '@mui/material'
import { SectionCard } from '@/shared/ui/SectionCard'
import { Link as RouterLink } from 'react-router'
import { hasAnyRole, useMe } from '@/shared/auth/meQueries'
import { NAV_ITEMS, rolesFor } from '../layout/navItems'

/** Shortcuts to the areas the user's roles open. */
export function ShortcutsCard() {
  const me = useMe()
  const items = NAV_ITEMS.filter((item) => item.area && hasAnyRole(me, rolesFor(item) ?? []))
  return (
    <SectionCard title="Shortcuts">
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {items.map(({ label, to, icon: Icon }) => (
          <Button key={to} component={RouterLink} to={to} variant="outlined" startIcon={<Icon />}>
            {label}
          </Button>
        ))}
      </Stack>
    </SectionCard>
  )
}
