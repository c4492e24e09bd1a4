import { useQuery, type QueryClient } from '@tanstack/react-query'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { QueryState } from '@/shared/ui/QueryState'
import { SectionErrorBoundary } from '@/shared/ui/SectionErrorBoundary'
import { workflowQueries } from '../../api/workflowQueries'
import { WorkflowGraph } from './WorkflowGraph'

type Props = {
  run: WorkflowRun
  durations: Map<string, number | undefined>
  selectedStepId?: string
  onSelect: (stepId: string) => void
}

/** Called by run detail's loader once this chunk is in: the workflow's request starts before the graph renders. */
// eslint-disable-next-line react-refresh/only-export-components -- the chunk's loader hook for the route, beside the component it primes
export function prefetchWorkflow(queryClient: QueryClient, workflowId: string) {
  return queryClient.prefetchQuery(workflowQueries.detail(workflowId))
}

/**
 * Run detail's "Workflow graph": the run's workflow (primed by the route's loader, shared with Run History's cache)
 * coloured by this run's steps. A lazily loaded chunk of its own with the layout library: the route's first load
 * stays as it was. The run is polled while it runs, so running steps update here with the timeline.
 */
export function RunWorkflowGraph({ run, durations, selectedStepId, onSelect }: Props) {
  const workflow = useQuery(workflowQueries.detail(run.workflowId))
  return (
    <QueryState query={workflow} loading="Loading the workflow graph" what="The workflow graph">
      {(data) => (
        // Unknown data the layout cannot take explains itself here instead of taking the run's page down.
        <SectionErrorBoundary title="The workflow graph could not be drawn">
          <WorkflowGraph
            label={`Workflow graph of ${run.id}`}
            graph={data.graph}
            run={run}
            durations={durations}
            selectedStepId={selectedStepId}
            onSelect={onSelect}
          />
        </SectionErrorBoundary>
      )}
    </QueryState>
  )
}
