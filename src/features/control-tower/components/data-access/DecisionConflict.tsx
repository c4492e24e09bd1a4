import { Button } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { ErrorState } from '@/shared/ui/ErrorState'
import { dataGrantQueries } from '../../api/dataGrantQueries'

/**
 * Explains a 409 `not_pending` inside the decision dialog and offers to reload the requests, so the list shows the
 * decision someone else made; the dialog (and anything typed in it) stays as it was.
 */
export function DecisionConflict({ orgId, error }: { orgId: string; error: unknown }) {
  const queryClient = useQueryClient()
  return (
    <ErrorState
      error={error}
      title="Someone decided this request meanwhile"
      action={
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          onClick={() => void queryClient.invalidateQueries({ queryKey: dataGrantQueries.all(orgId) })}
        >
          Reload requests
        </Button>
      }
    />
  )
}
