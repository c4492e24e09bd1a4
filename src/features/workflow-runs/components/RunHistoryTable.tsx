import type { SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { WorkflowRunSummary } from '@/shared/contract/workflows'
import { DataTable, type DataTableSelection } from '@/shared/ui/DataTable'
import { RunsAsOfContext } from '../lib/runsAsOf'
import { runColumns } from './runColumns'

type Props = {
  workflowId: string
  runs: WorkflowRunSummary[]
  medianDurationMs: number | null | undefined
  /** When `runs` are as of, on the server's clock: a running run's duration is its time so far at that moment. */
  asOfMs: number
  sorting: SortingState
  onSortingChange: (sorting: SortingState) => void
  selectedIds: ReadonlySet<string>
  onToggleSelected: (runId: string) => void
}

const selectLabel = (run: WorkflowRunSummary) => `Select ${run.id}`

/** Run History's table (TanStack Table + Virtual), in its own chunk so the page shell and filters paint without it. */
export function RunHistoryTable({
  workflowId,
  runs,
  medianDurationMs,
  asOfMs,
  sorting,
  onSortingChange,
  selectedIds,
  onToggleSelected,
}: Props) {
  // Columns change only with the workflow or its median, so a live refresh re-renders rows, not the column model.
  const columns = useMemo(() => runColumns(workflowId, medianDurationMs), [workflowId, medianDurationMs])
  const selection = useMemo<DataTableSelection<WorkflowRunSummary>>(
    () => ({ selectedIds, onToggle: onToggleSelected, label: selectLabel }),
    [selectedIds, onToggleSelected],
  )
  return (
    <RunsAsOfContext.Provider value={asOfMs}>
      <DataTable
        label="Workflow runs"
        data={runs}
        columns={columns}
        // One preference for every workflow's run list: the same columns matter whichever workflow it is.
        columnMenuKey="workflow-runs"
        getRowId={(run) => run.id}
        sorting={sorting}
        onSortingChange={onSortingChange}
        selection={selection}
      />
    </RunsAsOfContext.Provider>
  )
}
