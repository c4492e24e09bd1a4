import type { ModuleGrant } from '@/shared/contract/organizations'
import { useActionKey } from '@/shared/api/useActionKey'
import { clipText } from '@/shared/lib/clip'
import { ConfirmDialog } from '@/shared/ui/ConfirmDialog'
import { LongText } from '@/shared/ui/LongText'
import { useRevokeModule } from '../../api/moduleGrantMutations'
import { grantLabel } from './grantLabel'

type Props = { orgId: string; grant: ModuleGrant; onClose: () => void }

/** Revoke a module grant after confirming which module it is; a failure stays in the dialog. */
export function RevokeModuleDialog({ orgId, grant, onClose }: Props) {
  const revoke = useRevokeModule(orgId)
  const key = useActionKey()
  const name = grantLabel(grant)
  return (
    <ConfirmDialog
      open
      destructive
      title={`Revoke ${clipText(name)}?`}
      confirmLabel={revoke.isPending ? 'Revoking…' : 'Revoke'}
      pending={revoke.isPending}
      error={revoke.error ?? undefined}
      onClose={onClose}
      onConfirm={() =>
        revoke.mutate(
          { moduleId: grant.moduleId, idempotencyKey: key.current() },
          {
            onSuccess: () => {
              key.renew()
              onClose()
            },
          },
        )
      }
    >
      Members of this organization will no longer be able to start{' '}
      <strong>
        <LongText value={name} label="module name" />
      </strong>{' '}
      (<code>{grant.moduleId}</code>).
    </ConfirmDialog>
  )
}
