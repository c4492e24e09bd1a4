import { Button, Stack } from '@mui/material'
import { ErrorState } from '@/shared/ui/ErrorState'
import type { FailedRun } from '../../lib/compare/useComparedRuns'

/** A run left out keeps its own explained error (retry when it failed to load, or drop it) while the others are compared. */
export function FailedRuns({ failed, onRemove }: { failed: FailedRun[]; onRemove: (runId: string) => void }) {
  if (failed.length === 0) return null
  return (
    <Stack spacing={1}>
      {failed.map(({ runId, title, error, retry }) => (
        <ErrorState
          key={runId}
          title={title}
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
