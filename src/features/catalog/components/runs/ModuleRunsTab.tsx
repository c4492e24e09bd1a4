import {
  Box,
  Button,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink } from 'react-router'
import type { Module } from '@/shared/contract/modules'
import { formatAct, formatCount, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { RefreshError } from '@/shared/ui/QueryState'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { catalogQueries } from '../../api/catalogQueries'
import { isRunnable } from '../../lib/runnable'
import { clipText } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

/** URL key of this tab's page (1-based, the platform's page/limit paging). */
const PAGE_KEY = 'runsPage'

/** This module's runs in the organization, newest first; a run id opens the run. Refreshes while a run on it is active. */
export function ModuleRunsTab({ module }: { module: Module }) {
  const { get, update } = useUrlParams()
  const page = Math.max(1, Math.floor(Number(get(PAGE_KEY) ?? 1)) || 1)
  const runs = useQuery(catalogQueries.runs(module.id, page))
  const goTo = (next: number) => update({ [PAGE_KEY]: next > 1 ? next : null }, { keepCursor: true })

  if (runs.isPending) return <LoadingState label="Loading runs" />
  if (runs.isError && runs.data === undefined) return <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
  const { items, total, limit } = runs.data
  if (items.length === 0)
    return (
      <EmptyState title={page > 1 ? 'No runs on this page' : 'No runs yet'}>
        {page > 1 ? (
          <Button size="small" onClick={() => goTo(1)}>
            First page
          </Button>
        ) : isRunnable(module.status) ? (
          <Link component={RouterLink} to={paths.launchModule(module.id)}>
            Start the first run
          </Link>
        ) : (
          'Runs of this module in your organization appear here.'
        )}
      </EmptyState>
    )
  const first = (page - 1) * limit + 1
  return (
    <Paper>
      <RefreshError query={runs} what="The runs" />
      <TableContainer>
        <Table size="small" aria-label={`Runs of ${clipText(module.displayName ?? module.moduleName)}`}>
          <TableHead>
            <TableRow>
              <TableCell>Run</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Version</TableCell>
              <TableCell>Started by</TableCell>
              <TableCell>Created</TableCell>
              <TableCell align="right">Duration</TableCell>
              <TableCell align="right">Credits</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((run) => (
              <TableRow key={run.runId} hover>
                <TableCell>
                  <Link component={RouterLink} to={paths.moduleRun(run.runId)} sx={{ fontFamily: 'monospace' }}>
                    {run.runId}
                  </Link>
                  {run.workflow && (
                    <Typography variant="caption" color="textSecondary" component="div">
                      workflow step {run.workflow.stepId}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <StatusChip status={run.status} />
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>v{run.moduleVersion}</TableCell>
                <TableCell>
                  <LongText value={run.triggeredBy.name} label="name" />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <TimeText iso={run.createdAt} />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatDuration(run.durationMs)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatAct(run.creditsAct ?? run.credit.estimatedAct)}
                  {run.creditsAct === undefined ? ' reserved' : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }} aria-live="polite">
          Runs {formatCount(first)}–{formatCount(first + items.length - 1)} of {formatCount(total)}
        </Typography>
        <Button size="small" disabled={page <= 1} onClick={() => goTo(page - 1)}>
          Previous page
        </Button>
        <Button size="small" variant="outlined" disabled={page * limit >= total} onClick={() => goTo(page + 1)}>
          Next page
        </Button>
      </Box>
    </Paper>
  )
}
