import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { organizationQueries } from '@/features/control-tower/api/organizationQueries'
import { formatAct } from '@/shared/lib/format'
import { SectionCard } from '@/shared/ui/SectionCard'
import { QueryState } from '@/shared/ui/QueryState'
import { clipText } from '@/shared/lib/clip'

/** Credits used this month and the balance of the active organization (named in full in the page's subtitle). */
export function CreditsCard({ orgId }: { orgId: string }) {
  const org = useQuery(organizationQueries.detail(orgId))
  return (
    <SectionCard title="Credits">
      <QueryState query={org} loading="Loading credits" what="The credits">
        {(data) =>
          data.credits ? (
            <>
              <Typography variant="h2" component="p">
                {formatAct(data.credits.usedThisMonthAct)}
              </Typography>
              <Typography color="textSecondary">used this month by {clipText(data.name)}</Typography>
              <Typography sx={{ mt: 1 }}>Balance: {formatAct(data.credits.balanceAct)}</Typography>
            </>
          ) : (
            <Typography color="textSecondary">The platform reports no credit figures for {clipText(data.name)}.</Typography>
          )
        }
      </QueryState>
    </SectionCard>
  )
}
