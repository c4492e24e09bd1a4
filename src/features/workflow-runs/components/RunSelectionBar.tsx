import { Button, Toolbar, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'
import { whenIdle } from '@/shared/lib/whenIdle'
import { workflowRunQueries } from '../api/workflowRunQueries'

type Props = { workflowId: string; selectedIds: string[]; onClear: () => void }

/** The same specifier as the route table's, so the module is fetched and evaluated once. */
const loadComparisonCode = () => import('../routes/CompareRunsRoute')

/** The selected runs' actions: Compare (2 or more; the first picked is the baseline) and Clear. */
export function RunSelectionBar({ workflowId, selectedIds, onClear }: Props) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const canCompare = selectedIds.length >= 2
  // Two runs picked: the comparison's code loads in a quiet moment while the user goes on picking, so the session's
  // first Compare does not wait for it to be fetched and compiled after the click (issue 16). The runs themselves are
  // asked for only on intent, below: the selection may still change.
  useEffect(() => (canCompare ? whenIdle(() => void loadComparisonCode().catch(() => undefined)) : undefined), [canCompare])
  if (selectedIds.length === 0) return null
  // Pointing at Compare (or focusing it) starts loading the page and the runs: the click usually follows.
  const prefetch = () => {
    if (!canCompare) return
    void loadComparisonCode().catch(() => undefined)
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
        disabled={!canCompare}
        onMouseEnter={prefetch}
        onFocus={prefetch}
        onClick={() => void navigate(paths.compareRuns(workflowId, selectedIds, selectedIds[0]))}
      >
        Compare
      </Button>
    </Toolbar>
  )
}
