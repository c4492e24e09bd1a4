import SchemaOutlined from '@mui/icons-material/SchemaOutlined'
import { Button } from '@mui/material'
import { lazy, Suspense } from 'react'
import { useUrlParams } from '@/shared/lib/useUrlParams'

/** URL key of Run History's open workflow graph (a shared link opens it too). */
const GRAPH_KEY = 'graph'

// The drawer, the graph and the layout library load when the graph is opened, not with Run History.
const WorkflowGraphDrawer = lazy(() => import('./WorkflowGraphDrawer').then((m) => ({ default: m.WorkflowGraphDrawer })))

/**
 * Run History's "Workflow graph": the workflow's structure (states, conditions, default branch) in a drawer over the
 * list, open while `?graph=open` is in the URL. It shows no run's colours: a page of many runs has no one status per
 * step, and each run's own page has the graph coloured by its steps.
 */
export function WorkflowGraphButton({ workflowId }: { workflowId: string }) {
  const { get, update } = useUrlParams()
  const open = get(GRAPH_KEY) === 'open'
  const setOpen = (value: boolean) => update({ [GRAPH_KEY]: value ? 'open' : undefined }, { keepCursor: true, replace: true })
  return (
    <>
      <Button variant="outlined" startIcon={<SchemaOutlined />} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Workflow graph
      </Button>
      {open && (
        <Suspense fallback={null}>
          <WorkflowGraphDrawer workflowId={workflowId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
