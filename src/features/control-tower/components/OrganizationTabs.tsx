import { Box, Tab, Tabs } from '@mui/material'
import { lazy, Suspense, type ComponentType } from 'react'
import { LoadingState } from '@/shared/ui/DataState'
import { useUrlParams } from '@/shared/lib/useUrlParams'

type TabPanel = ComponentType<{ orgId: string }>

const panel = <K extends string>(load: () => Promise<Record<K, TabPanel>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }))

/** The tabs of an organization (issue 3 §2), each loaded when first opened. `tab` lives in the URL. */
const ORGANIZATION_TABS = [
  { value: 'overview', label: 'Overview', Panel: panel(() => import('./overview/OverviewTab'), 'OverviewTab') },
  { value: 'registries', label: 'Registries', Panel: panel(() => import('./registries/RegistriesTab'), 'RegistriesTab') },
  { value: 'modules', label: 'Modules', Panel: panel(() => import('./module-grants/ModuleGrantsTab'), 'ModuleGrantsTab') },
  { value: 'data-access', label: 'Data access', Panel: panel(() => import('./data-access/DataAccessTab'), 'DataAccessTab') },
  { value: 'members', label: 'Members', Panel: panel(() => import('./members/MembersTab'), 'MembersTab') },
  { value: 'audit', label: 'Audit', Panel: panel(() => import('./audit/AuditTab'), 'AuditTab') },
] as const

/** Tab bar and the open tab's panel for one organization. */
export function OrganizationTabs({ orgId }: { orgId: string }) {
  const { get, update } = useUrlParams()
  const current = ORGANIZATION_TABS.find((tab) => tab.value === get('tab')) ?? ORGANIZATION_TABS[0]
  return (
    <>
      <Tabs
        value={current.value}
        onChange={(_event, value: string) => update({ tab: value === 'overview' ? null : value }, { keepCursor: true })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Organization sections"
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        {ORGANIZATION_TABS.map((tab) => (
          <Tab key={tab.value} value={tab.value} label={tab.label} id={`org-tab-${tab.value}`} aria-controls="org-tab-panel" />
        ))}
      </Tabs>
      <Box role="tabpanel" id="org-tab-panel" aria-labelledby={`org-tab-${current.value}`} sx={{ pt: 2 }}>
        <Suspense fallback={<LoadingState label={`Loading ${current.label.toLowerCase()}`} />}>
          <current.Panel orgId={orgId} />
        </Suspense>
      </Box>
    </>
  )
}
