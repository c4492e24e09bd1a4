import { List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material'
import { NavLink } from 'react-router'
import { useMe } from '@/shared/auth/meQueries'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'
import { visibleNavItems } from './navItems'

/** The side navigation: only the areas the user's roles open, and, against a devkit API, only those it offers. */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const items = visibleNavItems(useMe(), useIsDevkitSession())
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
