import { IconButton, useMediaQuery } from '@mui/material'
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
import './shell.css'

const MobileNavigationDrawer = lazy(() => import('./MobileNavigationDrawer'))

/** The shell's loader only checks the session: a change of search params (a filter, a tab) does not concern it. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** The signed-in shell: top bar, role-aware navigation, breadcrumbs, and the page. */
export function Component() {
  const theme = useTheme()
  const isWide = useMediaQuery(theme.breakpoints.up('md'))
  const [mobileOpen, setMobileOpen] = useState(false)
  useSessionKeepAlive()

  // Plain elements in static styles (shell.css): the shell renders first on every full load (decision 014).
  return (
    <div className="shell">
      <NavigationProgress />
      <header className="shell-bar">
        <div className="shell-toolbar">
          {!isWide && (
            <IconButton edge="start" aria-label="Open navigation" onClick={() => setMobileOpen(true)}>
              <MenuIcon />
            </IconButton>
          )}
          <RouterLink to="/" className="shell-title">
            HLA-Compass Console
            {isDemoMode && <span className="shell-title-note">demo</span>}
          </RouterLink>
          <OrganizationSwitcher />
          <UserMenu />
        </div>
      </header>
      {isWide ? (
        // A fixed side column rather than MUI's permanent Drawer: that one pulls Modal and transitions into every page.
        <div className="shell-side">
          <div className="shell-side-panel">
            <div className="shell-bar-space" />
            <Navigation />
          </div>
        </div>
      ) : (
        mobileOpen && (
          <Suspense fallback={null}>
            <MobileNavigationDrawer onClose={() => setMobileOpen(false)} />
          </Suspense>
        )
      )}
      <main className="shell-main">
        <div className="shell-bar-space" />
        <DevkitBanner />
        <Breadcrumbs />
        <Outlet />
      </main>
      <ShellNotices />
    </div>
  )
}
