import { Grid, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { formatAct, formatCount } from '@/shared/lib/format'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { organizationQueries } from '../../api/organizationQueries'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 6, sm: 4 }}>
      <Typography variant="caption" color="textSecondary" component="dt">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontWeight: 600 }}>
        {children}
      </Typography>
    </Grid>
  )
}

/** Tier, plan, status, credits, counts and dates of one organization. */
export function OverviewTab({ orgId }: { orgId: string }) {
  const org = useQuery(organizationQueries.detail(orgId))
  if (org.isPending) return <LoadingState label="Loading the organization" />
  if (org.isError && org.data === undefined) return <ErrorState error={org.error} onRetry={() => void org.refetch()} />
  const { data } = org
  return (
    <Grid container spacing={2} component="dl" sx={{ m: 0 }}>
      <Fact label="Trust tier">{data.tier}</Fact>
      <Fact label="Plan">{data.plan}</Fact>
      <Fact label="Status">
        <StatusChip status={data.status} />
      </Fact>
      <Fact label="Credit balance">{data.credits ? formatAct(data.credits.balanceAct) : '—'}</Fact>
      <Fact label="Used this month">{data.credits ? formatAct(data.credits.usedThisMonthAct) : '—'}</Fact>
      <Fact label="Members">{formatCount(data.memberCount)}</Fact>
      <Fact label="Registries">{formatCount(data.registryCount)}</Fact>
      <Fact label="Module grants">{formatCount(data.moduleGrantCount)}</Fact>
      <Fact label="Pending data requests">{formatCount(data.pendingDataGrantCount)}</Fact>
      <Fact label="Created">
        <TimeText iso={data.createdAt} />
      </Fact>
      <Fact label="Updated">
        <TimeText iso={data.updatedAt} />
      </Fact>
      <Fact label="Id">{data.id}</Fact>
    </Grid>
  )
}
