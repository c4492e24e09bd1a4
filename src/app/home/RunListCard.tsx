import { Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { moduleRunQueries, type ModuleRunListParams } from '@/shared/entities/moduleRuns'
import { clipText } from '@/shared/lib/clip'
import { formatDateTime, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { SectionCard } from '@/shared/ui/SectionCard'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LoadingState } from '@/shared/ui/DataState'
import { LongText } from '@/shared/ui/LongText'
import { StatusChip } from '@/shared/ui/StatusChip'

type Props = {
  title: string
  params: ModuleRunListParams
  filter?: (run: ModuleRun) => boolean
  emptyText: string
}

const SHOWN = 6

/** A short list of module runs with loading, error and empty states. */
export function RunListCard({ title, params, filter, emptyText }: Props) {
  const runs = useQuery(moduleRunQueries.list(params))
  const items = (filter ? runs.data?.items.filter(filter) : runs.data?.items)?.slice(0, SHOWN)
  return (
    <SectionCard title={title}>
      {runs.isPending && <LoadingState label={`Loading ${title.toLowerCase()}`} />}
      {runs.isError && <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />}
      {items?.length === 0 && <Typography color="text.secondary">{emptyText}</Typography>}
      {items && items.length > 0 && (
        <List dense disablePadding>
          {items.map((run) => (
            <ListItem key={run.runId} disableGutters>
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    {/* A link holds no buttons: its text is cut; the run's page shows the whole name. */}
                    <Link component={RouterLink} to={paths.moduleRun(run.runId)} sx={{ overflowWrap: 'anywhere' }}>
                      {clipText(run.moduleName)} {clipText(run.moduleVersion)}
                    </Link>
                    <StatusChip status={run.status} />
                  </Stack>
                }
                secondary={
                  <span title={run.createdAt}>
                    {formatDateTime(run.createdAt)} · <LongText value={run.triggeredBy.name} label="name" />
                    {run.durationMs !== undefined && ` · ${formatDuration(run.durationMs)}`}
                  </span>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  )
}
