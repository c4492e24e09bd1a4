import { Box, Tab, Tabs } from '@mui/material'
import { lazy, Suspense, type ComponentType } from 'react'
import type { Module } from '@/shared/contract/modules'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { LoadingState } from '@/shared/ui/DataState'
import { TAB_BAR_SX } from '@/shared/ui/tabBar'

type TabPanel = ComponentType<{ module: Module }>

const panel = <K extends string>(load: () => Promise<Record<K, TabPanel>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }))

/** The tabs of a module (issue 4 §2), each loaded when first opened; `tab` lives in the URL. */
const MODULE_TABS = [
  { value: 'overview', label: 'Overview', Panel: panel(() => import('./overview/OverviewTab'), 'OverviewTab') },
  { value: 'versions', label: 'Versions', Panel: panel(() => import('./versions/VersionsTab'), 'VersionsTab') },
  { value: 'runs', label: 'Runs', Panel: panel(() => import('./runs/ModuleRunsTab'), 'ModuleRunsTab') },
  { value: 'manifest', label: 'Manifest', Panel: panel(() => import('./manifest/ManifestTab'), 'ManifestTab') },
] as const

/** Tab bar and the open tab's panel for one module. */
export function ModuleTabs({ module }: { module: Module }) {
  const { get, update } = useUrlParams()
  const current = MODULE_TABS.find((tab) => tab.value === get('tab')) ?? MODULE_TABS[0]
  return (
    <>
      <Tabs
        value={current.value}
        // Each tab has its own paging (`runsPage`): switching drops it with the other list params.
        onChange={(_event, value: string) => update({ tab: value === 'overview' ? null : value, runsPage: null })}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Module sections"
        sx={{ ...TAB_BAR_SX, mb: 2 }}
      >
        {MODULE_TABS.map((tab) => (
          <Tab
            key={tab.value}
            value={tab.value}
            label={tab.label}
            id={`module-tab-${tab.value}`}
            aria-controls="module-tab-panel"
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="module-tab-panel" aria-labelledby={`module-tab-${current.value}`}>
        <Suspense fallback={<LoadingState label={`Loading ${current.label.toLowerCase()}`} />}>
          <current.Panel module={module} />
        </Suspense>
      </Box>
    </>
  )
}
