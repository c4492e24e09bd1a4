import { Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { Link as RouterLink } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { useDevkitRuns, type DevkitRunRef } from '@/shared/stores/sessionStore'
import { EmptyState } from '@/shared/ui/DataState'
import { InlineError } from '@/shared/ui/InlineError'
import { PageHeader } from '@/shared/ui/PageHeader'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'

/**
 * `/runs` in a devkit session (issue 13): the devkit API cannot list runs (`GET /v1/module-runs` answers 405), so the
 * list is the runs this session started, newest first, each read by id for its status.
 */
export function DevkitRunList() {
  const runs = useDevkitRuns()
  const details = useQueries({ queries: runs.map((run) => moduleRunQueries.detail(run.runId)) })
  return (
    <>
      <PageHeader
        title="Module runs"
        subtitle="Runs started in this devkit session, newest first: the devkit API keeps runs but cannot list them, so the console remembers the ones it started until you sign out or reload."
      />
      {runs.length === 0 ? (
        <EmptyState title="No run in this session yet">
          Open a module in{' '}
          <Link component={RouterLink} to={paths.modules()} underline="always">
            Modules
          </Link>{' '}
          and run it: its run is listed here.
        </EmptyState>
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="Runs of this session">
            <TableHead>
              <TableRow>
                <TableCell>Run</TableCell>
                <TableCell>Module</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Created</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {runs.map((run, index) => (
                <RunRow key={run.runId} run={run} detail={details[index]} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  )
}

type Detail = UseQueryResult<ModuleRun>

function RunRow({ run, detail }: { run: DevkitRunRef; detail: Detail | undefined }) {
  const data = detail?.data
  return (
    <TableRow hover>
      <TableCell sx={{ fontFamily: 'monospace' }}>
        <Link component={RouterLink} to={paths.moduleRun(run.runId)}>
          {run.runId}
        </Link>
      </TableCell>
      <TableCell>
        <Link component={RouterLink} to={paths.module(run.moduleId)}>
          {run.moduleId}
        </Link>
      </TableCell>
      <TableCell>
        {data ? (
          <StatusChip status={data.status} />
        ) : detail?.isError ? (
          <InlineError error={detail.error} what="Status" onRetry={() => void detail.refetch()} />
        ) : (
          'loading…'
        )}
      </TableCell>
      <TableCell>{data ? <TimeText iso={data.createdAt} /> : <TimeText iso={new Date(run.startedAt).toISOString()} />}</TableCell>
    </TableRow>
  )
}
