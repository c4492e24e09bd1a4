import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material'
import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from '@/shared/contract/zod'
import type { DataGrant } from '@/shared/contract/organizations'
import { useActionKey } from '@/shared/api/useActionKey'
import { applyServerFieldErrors } from '@/shared/lib/formErrors'
import { ErrorState } from '@/shared/ui/ErrorState'
import { GrantSummary } from './GrantSummary'
import { useRejectDataGrant } from '../../api/dataGrantMutations'
import { DecisionConflict } from './DecisionConflict'
import { isNotPending } from './isNotPending'

const MAX_REASON = 500
// api-contract §7: reject needs `reason`, 1–500 characters.
const RejectForm = z.object({
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the reason for rejecting; the requester sees it.'),
      z.maxLength(MAX_REASON, `At most ${MAX_REASON} characters.`),
    ),
})

type Props = { orgId: string; grant: DataGrant; onClose: () => void }

/** Reject a pending data access request with a required reason; on any failure the typed reason stays. */
export function RejectDataGrantDialog({ orgId, grant, onClose }: Props) {
  const titleId = useId()
  const reject = useRejectDataGrant(orgId)
  const key = useActionKey()
  const { register, handleSubmit, control, setError, formState } = useForm({
    resolver: zodResolver(RejectForm),
    mode: 'all',
    defaultValues: { reason: '' },
  })
  const length = useWatch({ control, name: 'reason' }).length
  const conflict = isNotPending(reject.error)

  const submit = handleSubmit(({ reason }) => {
    reject.mutate(
      { grantId: grant.id, reason, idempotencyKey: key.current() },
      {
        onSuccess: () => {
          key.renew()
          onClose()
        },
        onError: (error) => applyServerFieldErrors(error, setError, (field) => (field === 'reason' ? 'reason' : null)),
      },
    )
  })

  const reasonError = formState.errors.reason?.message
  return (
    <Dialog open onClose={reject.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id={titleId}>Reject data access?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            <GrantSummary grant={grant} />
          </DialogContentText>
          <TextField
            // Submitting the same reason again is a retry of the same action (same key); editing it makes another action.
            {...register('reason', { onChange: key.renew })}
            label="Reason"
            required
            fullWidth
            multiline
            minRows={3}
            autoFocus
            error={!!reasonError}
            helperText={
              <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
                <span>{reasonError ?? 'Shown to the requester.'}</span>
                <span>
                  {length}/{MAX_REASON}
                </span>
              </Box>
            }
          />
          {reject.error && (
            <Box sx={{ mt: 2 }}>
              {conflict ? (
                <DecisionConflict orgId={orgId} error={reject.error} />
              ) : (
                <ErrorState error={reject.error} onRetry={() => void submit()} />
              )}
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={reject.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={!formState.isValid || reject.isPending}>
            {reject.isPending ? 'Rejecting…' : 'Reject'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
