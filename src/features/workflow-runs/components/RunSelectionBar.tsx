import { Button, Toolbar, Typography } from '@mui/material'
import { useNavigate } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { paths } from '@/shared/lib/paths'

type Props = { workflowId: string; selectedIds: string[]; onClear: () => void }

/** The selected runs' actions: Compare (2 or more; the first picked is the baseline) and Clear. */
export function RunSelectionBar({ workflowId, selectedIds, onClear }: Props) {
  const navigate = useNavigate()
  if (selectedIds.length === 0) return null
  return (
    <Toolbar role="toolbar" aria-label="Selected runs" variant="dense" sx={{ gap: 2, px: { xs: 2 }, bgcolor: 'action.selected' }}>
      <Typography variant="body2" role="status" sx={{ flex: 1 }}>
        {formatCount(selectedIds.length)} selected
      </Typography>
      <Button onClick={onClear}>Clear</Button>
      <Button
        variant="contained"
        disabled={selectedIds.length < 2}
        onClick={() => void navigate(paths.compareRuns(workflowId, selectedIds, selectedIds[0]))}
      >
        Compare
      </Button>
    </Toolbar>
  )
}
