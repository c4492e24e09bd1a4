import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { DevkitReady } from '@/shared/contract/devkit'
import { formatCount } from '@/shared/lib/format'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { SectionCard } from '@/shared/ui/SectionCard'
import { UpdatedAgo } from '@/shared/ui/UpdatedAgo'
import { devkitQueries, HEALTH_TIMEOUT_MS, READY_TIMEOUT_MS } from '../api/devkitQueries'

/**
 * `GET /v1/system/ready` (issue 13), asked with a timeout; "degraded" is how a bare stub answers (no Postgres, no
 * MinIO), so it reads as the normal state, with each service's own message. The full health check adds the counts but
 * waits on the services' connection timeouts, so it runs only when asked, with its progress shown.
 */
export function HealthPanel() {
  const ready = useQuery(devkitQueries.ready())
  const [wantsHealth, setWantsHealth] = useState(false)
  const health = useQuery({ ...devkitQueries.health(), enabled: wantsHealth })
  const busy = ready.isFetching || health.isFetching
  return (
    <SectionCard
      title="Devkit API health"
      action={
        <Button size="small" disabled={busy} onClick={() => void (wantsHealth ? health.refetch() : ready.refetch())}>
          Check again
        </Button>
      }
    >
      <Stack spacing={2}>
        {ready.isPending && <LoadingState label={`Asking GET /v1/system/ready (up to ${READY_TIMEOUT_MS / 1000} s)`} />}
        {ready.isError && (
          <ErrorState error={ready.error} onRetry={() => void ready.refetch()} title="The devkit API did not answer" />
        )}
        {ready.data && (
          <Readiness readiness={health.data ?? ready.data} updatedAt={health.dataUpdatedAt || ready.dataUpdatedAt} />
        )}
        {health.data && (
          <Typography variant="body2">
            {formatCount(health.data.modules)} registered {health.data.modules === 1 ? 'manifest' : 'manifests'} ·{' '}
            {formatCount(health.data.runs)} {health.data.runs === 1 ? 'run' : 'runs'} kept by the API
          </Typography>
        )}
        {health.isFetching && (
          <LoadingState
            label={`Full health check: the API waits on Postgres and MinIO; 3 s or more while they are down (up to ${HEALTH_TIMEOUT_MS / 1000} s)`}
          />
        )}
        {health.isError && !health.isFetching && (
          <ErrorState error={health.error} onRetry={() => void health.refetch()} title="The full health check failed" />
        )}
        {!wantsHealth && ready.data && (
          <Box>
            <Button size="small" variant="outlined" onClick={() => setWantsHealth(true)}>
              Run the full health check
            </Button>
          </Box>
        )}
      </Stack>
    </SectionCard>
  )
}

const STATUS_COLORS: Record<string, 'success' | 'info'> = { ready: 'success', degraded: 'info' }

function Readiness({ readiness, updatedAt }: { readiness: DevkitReady; updatedAt: number }) {
  const services = Object.entries(readiness.services)
  return (
    <Stack spacing={1}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip label={readiness.status} color={STATUS_COLORS[readiness.status] ?? 'warning'} variant="outlined" />
        <UpdatedAgo updatedAt={updatedAt} live={false} />
      </Box>
      {readiness.status === 'degraded' && (
        <Alert severity="info">
          Degraded is the normal state of a stub started without its database and object store: manifests, runs and results work
          from memory. Start Postgres and MinIO (<code>hla-compass devkit up</code> with its services) when you need them.
        </Alert>
      )}
      <List dense aria-label="Services" disablePadding>
        {services.map(([name, check]) => (
          <ListItem key={name} disableGutters>
            <ListItemText
              primary={
                <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                  <strong>{name}</strong>
                  <Chip
                    size="small"
                    label={check.status}
                    color={check.status === 'ok' ? 'success' : 'default'}
                    variant="outlined"
                  />
                </Box>
              }
              secondary={check.message ?? (check.status === 'ok' ? 'answering' : 'no message')}
            />
          </ListItem>
        ))}
      </List>
    </Stack>
  )
}
