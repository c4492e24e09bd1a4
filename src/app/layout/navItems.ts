import type { SvgIconComponent } from '@mui/icons-material'
import HomeIcon from '@mui/icons-material/HomeOutlined'
import DomainIcon from '@mui/icons-material/DomainOutlined'
import ExtensionIcon from '@mui/icons-material/ExtensionOutlined'
import PlayCircleIcon from '@mui/icons-material/PlayCircleOutlined'
import AccountTreeIcon from '@mui/icons-material/AccountTreeOutlined'
import SettingsIcon from '@mui/icons-material/SettingsOutlined'
import BuildIcon from '@mui/icons-material/BuildOutlined'
import TerminalIcon from '@mui/icons-material/TerminalOutlined'
import { AREA_ROLES, type Area } from '@/shared/auth/access'
import { isOfferedIn } from '@/shared/auth/devkit'
import { hasAnyRole } from '@/shared/auth/meQueries'
import type { Me } from '@/shared/contract/auth'
import { paths } from '@/shared/lib/paths'

export type NavItem = { label: string; to: string; icon: SvgIconComponent; area?: Area; end?: boolean }

/** The four areas plus home and the role-gated admin pages; `area` decides who sees an item. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', to: paths.home(), icon: HomeIcon, end: true },
  { label: 'Control Tower', to: paths.organizations(), icon: DomainIcon, area: 'controlTower' },
  { label: 'Modules', to: paths.modules(), icon: ExtensionIcon, area: 'modules' },
  { label: 'Module runs', to: paths.moduleRuns(), icon: PlayCircleIcon, area: 'runs' },
  { label: 'Workflows', to: paths.workflows(), icon: AccountTreeIcon, area: 'workflows' },
  { label: 'Local devkit', to: paths.devkit(), icon: TerminalIcon, area: 'devkit' },
  { label: 'Organization settings', to: paths.organizationSettings(), icon: SettingsIcon, area: 'organizationSettings' },
  // The harness exists only in builds that include it (see routes.tsx).
  ...(import.meta.env.VITE_API_MOCKING !== 'off' || import.meta.env.VITE_MODULE_HARNESS === 'on'
    ? [{ label: 'Module harness', to: paths.moduleHarness(), icon: BuildIcon, area: 'moduleHarness' as const }]
    : []),
]

export const rolesFor = (item: NavItem) => (item.area ? AREA_ROLES[item.area] : null)

/** The items a user sees: the areas their roles open that this kind of session offers (issue 13). */
export const visibleNavItems = (me: Pick<Me, 'roles' | 'isSuperuser'>, isDevkit: boolean): NavItem[] =>
  NAV_ITEMS.filter((item) => {
    if (!isOfferedIn(item.area, isDevkit)) return false
    const roles = rolesFor(item)
    return !roles || hasAnyRole(me, roles)
  })
