import type { ColumnDef } from '@tanstack/react-table'
import { Link as RouterLink } from 'react-router'
import type { WorkflowRunSummary } from '@/shared/contract/workflows'
import { formatAct } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { RunDurationCell } from './DurationWithDelta'
import { StepFunctionsLink } from './StepFunctionsLink'
import { StepHealthBar } from './StepHealthBar'
import { clipText } from '@/shared/lib/clip'

const NUMBER = { align: 'right', nowrap: true } as const
const NOWRAP = { nowrap: true } as const
// Column priorities (issue 17): what tells runs apart — status, run, start, duration, credits, step health — fits a
// 1280 px screen; the rest is shown on wider screens or from the column menu.
const WIDE = 1440
const WIDEST = 1600

/**
 * Columns of Run History. The sortable ones need an `accessorFn`: TanStack offers sorting only on accessor columns
 * (the rows are never sorted locally; `manualSorting` hands the click to the server). Built per workflow and median (the Δ column needs it); the ids of the sortable columns are
 * the API's sort keys, so a header click maps straight onto `sort`.
 */
export function runColumns(
  workflowId: string,
  medianDurationMs: number | null | undefined,
): ColumnDef<WorkflowRunSummary, unknown>[] {
  return [
    { id: 'status', header: 'Status', enableSorting: false, cell: ({ row }) => <StatusChip status={row.original.status} /> },
    {
      id: 'id',
      header: 'Run',
      meta: { ...NOWRAP, alwaysShown: true },
      enableSorting: false,
      cell: ({ row: { original: run } }) => (
        <RouterLink
          className="dt-link"
          to={paths.workflowRun(workflowId, run.id)}
          style={{ fontFamily: 'monospace', fontWeight: 600 }}
        >
          {run.id}
        </RouterLink>
      ),
    },
    {
      id: 'startedAt',
      accessorFn: (run) => run.startedAt,
      header: 'Started',
      meta: NOWRAP,
      enableSorting: true,
      cell: ({ row }) => <TimeText iso={row.original.startedAt} />,
    },
    {
      id: 'finishedAt',
      header: 'Finished',
      meta: { ...NOWRAP, minViewport: WIDEST },
      enableSorting: false,
      cell: ({ row }) => <TimeText iso={row.original.finishedAt} />,
    },
    {
      id: 'durationMs',
      accessorFn: (run) => run.durationMs,
      header: 'Duration',
      meta: NUMBER,
      enableSorting: true,
      cell: ({ row }) => <RunDurationCell run={row.original} medianMs={medianDurationMs} />,
    },
    {
      id: 'triggeredBy',
      header: 'Triggered by',
      // Wraps: a schedule's long name takes two lines (a row holds two) rather than pushing Step health off a 1440 px
      // screen when the durations are long too; a longer one is cut at two lines, whole in its tooltip.
      meta: { minViewport: WIDE },
      enableSorting: false,
      cell: ({ row: { original: run } }) => (
        <span className="dt-clamp-2" title={`${clipText(run.triggeredBy.name)} (${run.triggeredBy.userId})`}>
          {clipText(run.triggeredBy.name)}
        </span>
      ),
    },
    {
      id: 'creditsAct',
      accessorFn: (run) => run.creditsAct,
      header: 'Credits',
      meta: NUMBER,
      enableSorting: true,
      cell: ({ row }) => formatAct(row.original.creditsAct),
    },
    {
      id: 'steps',
      header: 'Steps',
      meta: { label: 'Step health' },
      enableSorting: false,
      cell: ({ row }) => <StepHealthBar counts={row.original.stepCounts} />,
    },
    {
      id: 'console',
      header: 'Execution',
      meta: { ...NOWRAP, minViewport: WIDEST, label: 'Execution (Step Functions)' },
      enableSorting: false,
      cell: ({ row: { original: run } }) => (
        <StepFunctionsLink executionArn={run.executionArn} region={run.region} runId={run.id} />
      ),
    },
  ]
}
