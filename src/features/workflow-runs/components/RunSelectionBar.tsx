import { Button, Toolbar, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { workflowRunQueries } from '../api/workflowRunQueries'

type Props = { workflowId: string; selectedIds: string[]; onClear: () => void }

/** The selected runs' actions: Compare (2 or more; the first picked is the baseline) and Clear. */
export function RunSelectionBar({ workflowId, selectedIds, onClear }: Props) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  if (selectedIds.length === 0) return null
  // Pointing at Compare (or focusing it) starts loading the page and the runs: the click usually follows.
  const prefetch = () => {
    if (selectedIds.length < 2) return
    void import('../routes/CompareRunsRoute')
    for (const runId of selectedIds) void queryClient.prefetchQuery(workflowRunQueries.detail(runId))
  }
  return (
    <Toolbar role="toolbar" aria-label="Selected runs" variant="dense" sx={{ gap: 2, px: { xs: 2 }, bgcolor: 'action.selected' }}>
      <Typography variant="body2" role="status" sx={{ flex: 1 }}>
        {formatCount(selectedIds.length)} selected
      </Typography>
      <Button onClick={onClear}>Clear</Button>
      <Button
        variant="contained"
        disabled={selectedIds.length < 2}
        onMouseEnter={prefetch}
        onFocus={prefetch}
        onClick={() => void navigate(paths.compareRuns(workflowId, selectedIds, selectedIds[0]))}
      >
        Compare
      </Button>
    </Toolbar>
  )
}
