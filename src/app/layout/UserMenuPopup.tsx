import {
  Divider,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  Box,
} from '@mui/material'
import { useColorScheme } from '@mui/material/styles'
import LogoutIcon from '@mui/icons-material/Logout'
import { lazy, Suspense } from 'react'
import { useMe } from '@/shared/auth/meQueries'
import { LongText } from '@/shared/ui/LongText'
import { useSignOut } from '../auth/useSignOut'

type Mode = 'light' | 'dark' | 'system'

// Demo-only item: a real-mode build folds the condition to null and leaves it out.
const ResetDemoItem =
  import.meta.env.VITE_API_MOCKING !== 'off'
    ? lazy(() => import('./ResetDemoItem').then((m) => ({ default: m.ResetDemoItem })))
    : null

/** The open account menu: who is signed in, the theme (light, dark, follow system), reset of demo data, sign out. */
export function UserMenuPopup({ anchor, onClose }: { anchor: HTMLElement; onClose: () => void }) {
  const me = useMe()
  const { mode, setMode } = useColorScheme()
  const signOut = useSignOut()
  const activeOrg = me.organizations.find((org) => org.id === me.activeOrgId)

  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      <Box sx={{ px: 2, py: 1 }}>
        <Typography variant="subtitle2">
          <LongText value={me.name} label="name" />
        </Typography>
        <Typography variant="body2" color="textSecondary">
          <LongText value={me.email} label="e-mail address" />
        </Typography>
        <Typography variant="caption" color="textSecondary">
          <LongText value={activeOrg?.name ?? me.activeOrgId} label="organization name" /> · {me.roles.join(', ') || 'no role'}
        </Typography>
      </Box>
      <Divider />
      <Box sx={{ px: 2, py: 1 }}>
        <Typography variant="caption" id="theme-label" color="textSecondary">
          Theme
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          fullWidth
          aria-labelledby="theme-label"
          value={mode ?? 'system'}
          onChange={(_event, value: Mode | null) => value && setMode(value)}
        >
          <ToggleButton value="light">Light</ToggleButton>
          <ToggleButton value="dark">Dark</ToggleButton>
          <ToggleButton value="system">System</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Divider />
      {ResetDemoItem && (
        <Suspense fallback={null}>
          <ResetDemoItem />
        </Suspense>
      )}
      <MenuItem onClick={() => signOut()}>
        <ListItemIcon>
          <LogoutIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary="Sign out" />
      </MenuItem>
    </Menu>
  )
}
