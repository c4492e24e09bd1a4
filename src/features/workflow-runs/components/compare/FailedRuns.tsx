import { Button, Stack } from '@mui/material'
import { ErrorState } from '@/shared/ui/ErrorState'
import type { FailedRun } from '../../lib/compare/useComparedRuns'

/** A run that failed to load keeps its own explained error (retry, or drop it) while the others are compared. */
export function FailedRuns({ failed, onRemove }: { failed: FailedRun[]; onRemove: (runId: string) => void }) {
  if (failed.length === 0) return null
  return (
    <Stack spacing={1}>
      {failed.map(({ runId, error, retry }) => (
        <ErrorState
          key={runId}
          title={`${runId} could not be loaded`}
          error={error}
          onRetry={retry}
          action={
            <Button size="small" onClick={() => onRemove(runId)}>
              Remove {runId} from the comparison
            </Button>
          }
        />
      ))}
    </Stack>
  )
}
