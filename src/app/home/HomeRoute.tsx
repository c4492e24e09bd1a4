import { Grid } from '@mui/material'
import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import type { Me } from '@/shared/contract/auth'
import { useMe } from '@/shared/auth/meQueries'
import { sessionSnapshot, useIsDevkitSession } from '@/shared/stores/sessionStore'
import { PageHeader } from '@/shared/ui/PageHeader'
import { LongText } from '@/shared/ui/LongText'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { organizationQueries } from '@/features/control-tower/api/organizationQueries'
import { CreditsCard } from './CreditsCard'
import { RunListCard } from './RunListCard'
import { ShortcutsCard } from './ShortcutsCard'
import { primeQuery } from '@/shared/api/primeQuery'

/** "My recent runs" filters the first page in the browser: the list has no triggered-by filter (api-contract §6). */
const RECENT_RUNS = { page: 1, limit: 50 } as const
const RUNNING_NOW = { page: 1, limit: 10, status: 'running' } as const

export const loader =
  (queryClient: QueryClient) =>
  async ({ me }: LoaderFunctionArgs & { me: Me }) => {
    // A devkit API has no run list and no organization to ask (issue 13).
    if (sessionSnapshot().devkit) return null
    // Prime in parallel; a failing card explains itself instead of failing the whole page (decision 011).
    await Promise.all([
      primeQuery(queryClient, moduleRunQueries.list(RECENT_RUNS)),
      primeQuery(queryClient, moduleRunQueries.list(RUNNING_NOW)),
      primeQuery(queryClient, organizationQueries.detail(me.activeOrgId)),
    ])
    return null
  }

/** `/`: my recent runs, running now, credits used this month, shortcuts. */
export function Component() {
  const me = useMe()
  const isDevkit = useIsDevkitSession()
  const activeOrg = me.organizations.find((org) => org.id === me.activeOrgId)
  return (
    <>
      <PageHeader
        title={`Welcome, ${me.name.split(' ')[0]}`}
        subtitle={
          activeOrg ? (
            <>
              Working in <LongText value={activeOrg.name} label="organization name" />
            </>
          ) : undefined
        }
      />
      <Grid container spacing={2}>
        {/* A devkit API has no run list and no organization (issue 13): only the shortcuts are left. */}
        {!isDevkit && (
          <Grid size={{ xs: 12, md: 6 }}>
            <RunListCard title="Running now" params={RUNNING_NOW} emptyText="No module run is running right now." />
          </Grid>
        )}
        {!isDevkit && (
          <Grid size={{ xs: 12, md: 6 }}>
            <RunListCard
              title="My recent runs"
              params={RECENT_RUNS}
              filter={(run) => run.triggeredBy.userId === me.id}
              emptyText="You have not started a module run recently."
            />
          </Grid>
        )}
        {!isDevkit && (
          <Grid size={{ xs: 12, md: 6 }}>
            <CreditsCard orgId={me.activeOrgId} />
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 6 }}>
          <ShortcutsCard />
        </Grid>
      </Grid>
    </>
  )
}
