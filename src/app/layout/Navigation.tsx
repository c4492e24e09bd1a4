import { List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material'
import { NavLink } from 'react-router'
import { hasAnyRole, useMe } from '@/shared/auth/meQueries'
import { DEVKIT_MISSING_AREAS } from '@/shared/auth/devkit'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'
import { NAV_ITEMS, rolesFor } from './navItems'

/** The side navigation: only the areas the user's roles open, and, against a devkit API, only those it offers. */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe()
  const isDevkit = useIsDevkitSession()
  const items = NAV_ITEMS.filter((item) => {
    if (isDevkit && item.area && DEVKIT_MISSING_AREAS.includes(item.area)) return false
    const roles = rolesFor(item)
    return !roles || hasAnyRole(me, roles)
  })
  return (
    <List component="nav" aria-label="Main" sx={{ px: 1 }}>
      {items.map(({ label, to, icon: Icon, end }) => (
        <ListItemButton
          key={to}
          component={NavLink}
          to={to}
          end={end}
          onClick={onNavigate}
          sx={{ borderRadius: 1, '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
        >
          <ListItemIcon sx={{ minWidth: 36 }}>
            <Icon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={label} />
        </ListItemButton>
      ))}
    </List>
  )
}
