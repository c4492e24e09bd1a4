import { NavLink } from 'react-router'
import { useMe } from '@/shared/auth/meQueries'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'
import { visibleNavItems } from './navItems'
import './shell.css'

/**
 * The side navigation: only the areas the user's roles open, and, against a devkit API, only those it offers. Links in
 * static styles (shell.css); NavLink marks the current area `active`.
 */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const items = visibleNavItems(useMe(), useIsDevkitSession())
  return (
    <nav aria-label="Main" className="shell-nav">
      {items.map(({ label, to, icon: Icon, end }) => (
        <NavLink key={to} to={to} end={end} onClick={onNavigate} className="shell-nav-item">
          <span className="shell-nav-icon">
            <Icon fontSize="small" />
          </span>
          <span className="shell-nav-label">{label}</span>
        </NavLink>
      ))}
    </nav>
  )
}
