import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { WorkflowRunStepPage } from '@/shared/contract/workflowRunSteps'
import { EmptyState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
import { runStepQueries } from '../../api/runStepQueries'
import type { WorkflowRunListParams } from '../../api/workflowRunQueries'
import { gridOf } from '../../lib/runGrid'
import { runAtStep } from '../../lib/runView'
import { mostFailuresText } from '../../lib/runGridText'
import { GridLegend } from './GridLegend'
import { StepGrid } from './StepGrid'
import './RunStepGrid.css'

type Props = {
  workflowId: string
  /** The run list's request: the grid shows the same page (filters, sort, cursor, limit). */
  params: WorkflowRunListParams
  selectedIds: ReadonlySet<string>
  onToggleSelected: (runId: string) => void
}

/**
 * Run History's grid view (`?view=grid`, issue 17): the page's runs as columns, the workflow's steps as rows, from one
 * call (`GET …/runs/steps`). Loaded lazily: nothing of it is in Run History's first load.
 */
export function RunStepGrid({ workflowId, params, selectedIds, onToggleSelected }: Props) {
  const query = useQuery(runStepQueries.page(workflowId, params))
  return (
    <QueryState
      query={query}
      loading="Loading the steps of these runs"
      what="The steps of these runs"
      isEmpty={(page) => page.items.length === 0}
      empty={<EmptyState title="No run matches">Change the filters or clear them.</EmptyState>}
    >
      {(page) => <GridView page={page} workflowId={workflowId} selectedIds={selectedIds} onToggleSelected={onToggleSelected} />}
    </QueryState>
  )
}

type ViewProps = Omit<Props, 'params'> & { page: WorkflowRunStepPage }

function GridView({ page, workflowId, selectedIds, onToggleSelected }: ViewProps) {
  const navigate = useNavigate()
  const model = useMemo(() => gridOf(page), [page])
  const open = useCallback(
    (runId: string, stepId: string | undefined, newTab: boolean) => {
      const to = runAtStep(workflowId, runId, stepId)
      if (newTab) window.open(to, '_blank', 'noopener')
      else void navigate(to)
    },
    [navigate, workflowId],
  )
  return (
    <>
      <div className="rg-intro">
        <p>{mostFailuresText(model)}</p>
        <GridLegend />
      </div>
      <StepGrid model={model} selectedIds={selectedIds} onToggleSelected={onToggleSelected} onOpen={open} />
    </>
  )
}
