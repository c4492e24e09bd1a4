import { Box, Tab, Tabs } from '@mui/material'
import { lazy, Suspense, useState, type ComponentType } from 'react'
import { ApiError } from '@/shared/api/ApiError'
import { hasAnyRole, useMe } from '@/shared/auth/meQueries'
import type { Role } from '@/shared/contract/primitives'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { TAB_BAR_SX } from '@/shared/ui/tabBar'

type TabPanel = ComponentType<{ orgId: string }>

const panel = <K extends string>(load: () => Promise<Record<K, TabPanel>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }))

/** Who reads what (api-contract §3): the organization itself and its registries are open to developers too. */
const ANY_SETTINGS_ROLE: readonly Role[] = ['superuser', 'admin', 'developer']
const ADMINS: readonly Role[] = ['superuser', 'admin']

/** The tabs of an organization (issue 3 §2), each loaded when first opened. `tab` lives in the URL. */
const ORGANIZATION_TABS = [
  {
    value: 'overview',
    label: 'Overview',
    roles: ANY_SETTINGS_ROLE,
    Panel: panel(() => import('./overview/OverviewTab'), 'OverviewTab'),
  },
  {
    value: 'registries',
    label: 'Registries',
    roles: ANY_SETTINGS_ROLE,
    Panel: panel(() => import('./registries/RegistriesTab'), 'RegistriesTab'),
  },
  {
    value: 'modules',
    label: 'Modules',
    roles: ADMINS,
    Panel: panel(() => import('./module-grants/ModuleGrantsTab'), 'ModuleGrantsTab'),
  },
  {
    value: 'data-access',
    label: 'Data access',
    roles: ADMINS,
    Panel: panel(() => import('./data-access/DataAccessTab'), 'DataAccessTab'),
  },
  { value: 'members', label: 'Members', roles: ADMINS, Panel: panel(() => import('./members/MembersTab'), 'MembersTab') },
  { value: 'audit', label: 'Audit', roles: ADMINS, Panel: panel(() => import('./audit/AuditTab'), 'AuditTab') },
] as const

/** A tab the user's roles do not open, asked for by its URL: said as the server would, not swapped for another tab. */
const tabForbidden = (roles: readonly Role[]) =>
  new ApiError({
    status: 403,
    code: 'FORBIDDEN',
    message: 'Your roles in this organization do not open this tab.',
    details: { requiredRoles: roles.filter((role) => role !== 'superuser') },
  })

/** Tab bar and the open tab's panel for one organization. */
export function OrganizationTabs({ orgId }: { orgId: string }) {
  const { get, update } = useUrlParams()
  const me = useMe()
  const asked = ORGANIZATION_TABS.find((tab) => tab.value === get('tab'))
  const current = asked ?? ORGANIZATION_TABS[0]
  // Judged when a tab is opened, not again when the person changes over the page (somebody else signing in over the
  // sign-in dialog): the open panel, and whatever is typed in it, stays, and its calls are never sent as them
  // (SESSION_CHANGED). Only another tab is judged by the roles of whoever holds the session then.
  const [judged, setJudged] = useState({ tab: current.value, allowed: hasAnyRole(me, current.roles) })
  if (judged.tab !== current.value) setJudged({ tab: current.value, allowed: hasAnyRole(me, current.roles) })
  const allowed = judged.tab === current.value ? judged.allowed : hasAnyRole(me, current.roles)
  const tabs = ORGANIZATION_TABS.filter((tab) => hasAnyRole(me, tab.roles) || (allowed && tab.value === current.value))
  return (
    <>
      <Tabs
        value={allowed ? current.value : false}
        onChange={(_event, value: string) => update({ tab: value === 'overview' ? null : value }, { keepCursor: true })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Organization sections"
        sx={TAB_BAR_SX}
      >
        {tabs.map((tab) => (
          <Tab key={tab.value} value={tab.value} label={tab.label} id={`org-tab-${tab.value}`} aria-controls="org-tab-panel" />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id="org-tab-panel"
        // A tab the user may not open has no tab to be labelled by.
        {...(allowed ? { 'aria-labelledby': `org-tab-${current.value}` } : { 'aria-label': current.label })}
        sx={{ pt: 2 }}
      >
        {allowed ? (
          <Suspense fallback={<LoadingState label={`Loading ${current.label.toLowerCase()}`} />}>
            <current.Panel orgId={orgId} />
          </Suspense>
        ) : (
          <ErrorState error={tabForbidden(current.roles)} />
        )}
      </Box>
    </>
  )
}
