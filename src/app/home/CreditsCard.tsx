import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { organizationQueries } from '@/features/control-tower/api/organizationQueries'
import { formatAct } from '@/shared/lib/format'
import { SectionCard } from '@/shared/ui/SectionCard'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LoadingState } from '@/shared/ui/DataState'
import { clipText } from '@/shared/lib/clip'

/** Credits used this month and the balance of the active organization (named in full in the page's subtitle). */
export function CreditsCard({ orgId }: { orgId: string }) {
  const org = useQuery(organizationQueries.detail(orgId))
  return (
    <SectionCard title="Credits">
      {org.isPending && <LoadingState label="Loading credits" />}
      {org.isError && <ErrorState error={org.error} onRetry={() => void org.refetch()} />}
      {org.data &&
        (org.data.credits ? (
          <>
            <Typography variant="h2" component="p">
              {formatAct(org.data.credits.usedThisMonthAct)}
            </Typography>
            <Typography color="text.secondary">used this month by {clipText(org.data.name)}</Typography>
            <Typography sx={{ mt: 1 }}>Balance: {formatAct(org.data.credits.balanceAct)}</Typography>
          </>
        ) : (
          <Typography color="text.secondary">The platform reports no credit figures for {clipText(org.data.name)}.</Typography>
        ))}
    </SectionCard>
  )
}
