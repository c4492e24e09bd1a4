import CloseIcon from '@mui/icons-material/Close'
import { Box, IconButton, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { clipText } from '@/shared/lib/clip'
import { QueryState } from '@/shared/ui/QueryState'
import { RouteDrawer } from '@/shared/ui/RouteDrawer'
import { SectionErrorBoundary } from '@/shared/ui/SectionErrorBoundary'
import { workflowQueries } from '../../api/workflowQueries'
import { WorkflowGraph } from './WorkflowGraph'

/**
 * The workflow's graph over Run History: the console’s modal drawer (RouteDrawer: Esc, its close button; `?graph=open`) as
 * tall as the window, so a long workflow shows many states at once. The workflow is the one Run History's header already loaded.
 */
export function WorkflowGraphDrawer({ workflowId, onClose }: { workflowId: string; onClose: () => void }) {
  const titleId = useId()
  const workflow = useQuery(workflowQueries.detail(workflowId))
  return (
    <RouteDrawer titleId={titleId} onClose={onClose}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id={titleId} variant="h2">
            Workflow graph
          </Typography>
          <Typography variant="body2" color="textSecondary" sx={{ overflowWrap: 'anywhere' }}>
            {clipText(workflow.data?.name ?? workflowId)} · the states and transitions of every run. A run’s own page colours this
            graph by its steps.
          </Typography>
        </Box>
        <IconButton aria-label="Close the workflow graph" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Box>
      <QueryState query={workflow} loading="Loading the workflow graph" what="The workflow">
        {(data) => (
          <SectionErrorBoundary title="The workflow graph could not be drawn">
            <WorkflowGraph
              label={`Workflow graph of ${clipText(data.name)}`}
              graph={data.graph}
              modules={data.modules}
              maxHeight="calc(100vh - 220px)"
            />
          </SectionErrorBoundary>
        )}
      </QueryState>
    </RouteDrawer>
  )
}
