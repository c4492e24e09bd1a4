import { Button, Stack } from '@mui/material'
import { SectionCard } from '@/shared/ui/SectionCard'
import { Link as RouterLink } from 'react-router'
import { useMe } from '@/shared/auth/meQueries'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'
import { visibleNavItems } from '../layout/navItems'

/** Shortcuts to the areas the user's roles open (and a devkit API offers). */
export function ShortcutsCard() {
  const items = visibleNavItems(useMe(), useIsDevkitSession()).filter((item) => item.area)
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
