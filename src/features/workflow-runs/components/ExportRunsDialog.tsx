import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material'
import { useId } from 'react'
import { formatCount } from '@/shared/lib/format'
import { ErrorState } from '@/shared/ui/ErrorState'
import type { RunsExportState } from './useRunsExport'

type Props = { state: RunsExportState; onCancel: () => void; onRetry: () => void }

/** Progress of a CSV export: rows fetched (of the total when the server counts), Cancel, and a failed page's error with Retry. */
export function ExportRunsDialog({ state, onCancel, onRetry }: Props) {
  const titleId = useId()
  const open = state.phase !== 'idle'
  const fetched = state.phase === 'idle' ? 0 : state.fetched
  const total = state.phase === 'idle' ? undefined : state.total
  const percent = total ? Math.min(100, Math.round((fetched / total) * 100)) : undefined
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Export CSV</DialogTitle>
      <DialogContent>
        <Typography variant="body2" role="status" aria-live="polite">
          {total !== undefined
            ? `${formatCount(fetched)} of ${formatCount(total)} runs fetched`
            : `${formatCount(fetched)} runs fetched`}
        </Typography>
        <LinearProgress
          sx={{ mt: 2 }}
          aria-label="Export progress"
          variant={percent !== undefined ? 'determinate' : 'indeterminate'}
          value={percent}
        />
        {state.phase === 'failed' && (
          <Box sx={{ mt: 2 }}>
            <ErrorState error={state.error} onRetry={onRetry} title="A page of runs failed to load" />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
      </DialogActions>
    </Dialog>
  )
}
