import { Button, Card, CardContent, CardHeader, Stack } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { hasAnyRole, useMe } from '@/shared/auth/meQueries'
import { NAV_ITEMS, rolesFor } from '../layout/navItems'

/** Shortcuts to the areas the user's roles open. */
export function ShortcutsCard() {
  const me = useMe()
  const items = NAV_ITEMS.filter((item) => item.area && hasAnyRole(me, rolesFor(item) ?? []))
  return (
    <Card sx={{ height: '100%' }}>
      <CardHeader title="Shortcuts" slotProps={{ title: { variant: 'h3', component: 'h2' } }} />
      <CardContent sx={{ pt: 0 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {items.map(({ label, to, icon: Icon }) => (
            <Button key={to} component={RouterLink} to={to} variant="outlined" startIcon={<Icon />}>
              {label}
            </Button>
          ))}
        </Stack>
      </CardContent>
    </Card>
  )
}
