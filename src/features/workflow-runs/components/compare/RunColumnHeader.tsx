import CloseIcon from '@mui/icons-material/Close'
import { Box, Button, Chip, IconButton, Link, Stack } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { paths } from '@/shared/lib/paths'
import { seriesColor } from '@/shared/ui/seriesColors'
import { StatusChip } from '@/shared/ui/StatusChip'

type Props = {
  run: WorkflowRun
  index: number
  isBaseline: boolean
  /** Removing is offered while more than two runs are compared. */
  canRemove: boolean
  onMakeBaseline: (runId: string) => void
  onRemove: (runId: string) => void
}

/** A run's column head: its id (a link to the run), status, its series colour, and the baseline and remove actions. */
export function RunColumnHeader({ run, index, isBaseline, canRemove, onMakeBaseline, onRemove }: Props) {
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start', minWidth: '11rem' }}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', width: '100%' }}>
        <Box aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', flex: 'none', bgcolor: seriesColor(index) }} />
        <Link component={RouterLink} to={paths.workflowRun(run.workflowId, run.id)} sx={{ fontWeight: 600, flex: 1 }}>
          {run.id}
        </Link>
        {canRemove && (
          <IconButton size="small" aria-label={`Remove ${run.id} from the comparison`} onClick={() => onRemove(run.id)}>
            <CloseIcon fontSize="inherit" />
          </IconButton>
        )}
      </Stack>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <StatusChip status={run.status} />
        {isBaseline ? (
          <Chip label="Baseline" color="primary" size="small" />
        ) : (
          <Button size="small" onClick={() => onMakeBaseline(run.id)} aria-label={`Make ${run.id} the baseline`}>
            Make baseline
          </Button>
        )}
      </Stack>
    </Stack>
  )
}
