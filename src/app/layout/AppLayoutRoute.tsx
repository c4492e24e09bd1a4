import { AppBar, Box, IconButton, Toolbar, Typography, useMediaQuery } from '@mui/material'
import { useTheme } from '@mui/material/styles'
import MenuIcon from '@mui/icons-material/Menu'
import { lazy, Suspense, useState } from 'react'
import { Link as RouterLink, Outlet, type ShouldRevalidateFunction } from 'react-router'
import { Breadcrumbs } from './Breadcrumbs'
import { DevkitBanner } from './DevkitBanner'
import { Navigation } from './Navigation'
import { NavigationProgress } from './NavigationFallback'
import { OrganizationSwitcher } from './OrganizationSwitcher'
import { UserMenu } from './UserMenu'
import { ShellNotices } from './ShellNotices'
import { useSessionKeepAlive } from '../auth/useSessionKeepAlive'
import { isDemoMode } from '@/shared/lib/env'

const MobileNavigationDrawer = lazy(() => import('./MobileNavigationDrawer'))

const DRAWER_WIDTH = 240

/** The shell's loader only checks the session: a change of search params (a filter, a tab) does not concern it. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** The signed-in shell: top bar, role-aware navigation, breadcrumbs, and the page. */
export function Component() {
  const theme = useTheme()
  const isWide = useMediaQuery(theme.breakpoints.up('md'))
  const [mobileOpen, setMobileOpen] = useState(false)
  useSessionKeepAlive()

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <NavigationProgress />
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          {!isWide && (
            <IconButton edge="start" aria-label="Open navigation" onClick={() => setMobileOpen(true)}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, flexGrow: 1 }}
          >
            HLA-Compass Console
            {isDemoMode && (
              <Typography component="span" variant="caption" sx={{ ml: 1, color: 'text.secondary' }}>
                demo
              </Typography>
            )}
          </Typography>
          <OrganizationSwitcher />
          <UserMenu />
        </Toolbar>
      </AppBar>
      {isWide ? (
        // A fixed side column rather than MUI's permanent Drawer: that one pulls Modal and transitions into every page.
        <Box sx={{ width: DRAWER_WIDTH, flexShrink: 0 }}>
          <Box
            sx={{
              position: 'fixed',
              top: 0,
              bottom: 0,
              width: DRAWER_WIDTH,
              overflowY: 'auto',
              bgcolor: 'background.paper',
              borderRight: 1,
              borderColor: 'divider',
            }}
          >
            <Toolbar />
            <Navigation />
          </Box>
        </Box>
      ) : (
        mobileOpen && (
          <Suspense fallback={null}>
            <MobileNavigationDrawer width={DRAWER_WIDTH} onClose={() => setMobileOpen(false)} />
          </Suspense>
        )
      )}
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        <DevkitBanner />
        <Breadcrumbs />
        <Outlet />
      </Box>
      <ShellNotices />
    </Box>
  )
}
