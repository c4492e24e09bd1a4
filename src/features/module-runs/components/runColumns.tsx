import { Link, Typography } from '@mui/material'
import type { ColumnDef } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { Link as RouterLink } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { formatAct, formatDuration } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { workedMs } from '../lib/workedMs'
import { OVER_LIST } from '../lib/runPresentation'
import { clipText } from '@/shared/lib/clip'

const NOWRAP = { nowrap: true } as const
const NUMBER = { align: 'right', nowrap: true } as const

/** A cell's second line (a plain function, not a component: this file exports column definitions). */
const secondary = (children: ReactNode) => (
  <Typography variant="caption" color="textSecondary" component="div">
    {children}
  </Typography>
)

/** Columns of the module-run list; `search` keeps the list's filters on the run link so the drawer's list stays put. */
export function runColumns(search: string, now: number): ColumnDef<ModuleRun, unknown>[] {
  return [
    { id: 'status', header: 'Status', cell: ({ row }) => <StatusChip status={row.original.status} /> },
    {
      id: 'run',
      header: 'Run · module',
      meta: { ...NOWRAP, alwaysShown: true },
      cell: ({ row: { original: run } }) => (
        <>
          <Link
            component={RouterLink}
            to={{ pathname: paths.moduleRun(run.runId), search }}
            state={OVER_LIST}
            onClick={(event) => event.stopPropagation()}
            sx={{ fontFamily: 'monospace', fontWeight: 600 }}
          >
            {run.runId}
          </Link>
          {secondary(
            <>
              {clipText(run.moduleName)} {run.moduleVersion}
            </>,
          )}
        </>
      ),
    },
    {
      id: 'startedAt',
      header: 'Started · by',
      meta: NOWRAP,
      cell: ({ row: { original: run } }) => (
        <>
          <Typography variant="body2" component="div">
            {run.startedAt ? <TimeText iso={run.startedAt} /> : 'not started yet'}
          </Typography>
          {secondary(<span title={run.triggeredBy.userId}>{clipText(run.triggeredBy.name)}</span>)}
        </>
      ),
    },
    {
      id: 'duration',
      header: 'Duration',
      meta: NUMBER,
      cell: ({ row: { original: run } }) => {
        const ms = workedMs(run, now)
        return ms === undefined ? '—' : `${formatDuration(ms)}${run.durationMs === undefined ? ' so far' : ''}`
      },
    },
    {
      id: 'credits',
      header: 'Credits used',
      meta: NUMBER,
      cell: ({ row: { original: run } }) => (
        <>
          <Typography variant="body2" component="div">
            {run.creditsAct === undefined ? '—' : formatAct(run.creditsAct)}
          </Typography>
          {secondary(<>of {formatAct(run.credit.estimatedAct)} reserved</>)}
        </>
      ),
    },
    {
      id: 'workflow',
      header: 'Workflow',
      // Column priority (issue 17): the rest fits a 1280 px screen; the workflow from 1440 px or the column menu.
      meta: { ...NOWRAP, minViewport: 1440 },
      cell: ({ row: { original: run } }) =>
        run.workflow ? (
          <>
            <Link
              component={RouterLink}
              to={paths.workflowRun(run.workflow.workflowId, run.workflow.workflowRunId)}
              onClick={(event) => event.stopPropagation()}
              sx={{ fontFamily: 'monospace' }}
            >
              {run.workflow.workflowRunId}
            </Link>
            {secondary(<>step {run.workflow.stepId}</>)}
          </>
        ) : (
          secondary(<>standalone · {run.mode}</>)
        ),
    },
  ]
}
