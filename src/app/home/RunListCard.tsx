import { Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { moduleRunQueries, type ModuleRunListParams } from '@/shared/entities/moduleRuns'
import { clipText } from '@/shared/lib/clip'
import { formatDateTime, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { SectionCard } from '@/shared/ui/SectionCard'
import { QueryState } from '@/shared/ui/QueryState'
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
  const shown = (page: { items: ModuleRun[] }) => (filter ? page.items.filter(filter) : page.items).slice(0, SHOWN)
  return (
    <SectionCard title={title}>
      <QueryState
        query={runs}
        loading={`Loading ${title.toLowerCase()}`}
        what={title}
        isEmpty={(page) => shown(page).length === 0}
        empty={<Typography color="textSecondary">{emptyText}</Typography>}
      >
        {(page) => (
          <List dense disablePadding>
            {shown(page).map((run) => (
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
      </QueryState>
    </SectionCard>
  )
}
