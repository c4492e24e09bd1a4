import { Box } from '@mui/material'
import type { DataGrant } from '@/shared/contract/organizations'
import { useActionKey } from '@/shared/api/useActionKey'
import { ConfirmDialog } from '@/shared/ui/ConfirmDialog'
import { GrantSummary } from './GrantSummary'
import { useApproveDataGrant } from '../../api/dataGrantMutations'
import { DecisionConflict } from './DecisionConflict'
import { isNotPending } from './isNotPending'

type Props = { orgId: string; grant: DataGrant; onClose: () => void }

/** Approve a pending data access request after confirming what it grants. */
export function ApproveDataGrantDialog({ orgId, grant, onClose }: Props) {
  const approve = useApproveDataGrant(orgId)
  const key = useActionKey()
  const conflict = isNotPending(approve.error)
  return (
    <ConfirmDialog
      open
      title="Approve data access?"
      confirmLabel={approve.isPending ? 'Approving…' : 'Approve'}
      pending={approve.isPending}
      error={conflict ? undefined : (approve.error ?? undefined)}
      onClose={onClose}
      onConfirm={() =>
        approve.mutate(
          { grantId: grant.id, idempotencyKey: key.current() },
          {
            onSuccess: () => {
              key.renew()
              onClose()
            },
          },
        )
      }
    >
      <GrantSummary grant={grant} strong /> Members of the organization can use these data once approved.
      {conflict && (
        <Box sx={{ mt: 2 }}>
          <DecisionConflict orgId={orgId} error={approve.error} />
        </Box>
      )}
    </ConfirmDialog>
  )
}
