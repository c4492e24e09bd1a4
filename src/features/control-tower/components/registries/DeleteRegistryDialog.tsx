import type { Registry } from '@/shared/contract/registries'
import { useActionKey } from '@/shared/api/useActionKey'
import { clipText } from '@/shared/lib/clip'
import { ConfirmDialog } from '@/shared/ui/ConfirmDialog'
import { useDeleteRegistry } from '../../api/registryMutations'

type Props = { orgId: string; registry: Registry; onClose: () => void; onDeleted: (registry: Registry) => void }

/** Delete a registry after typing its host (registry-patterns.md §8); a failure stays in the dialog. */
export function DeleteRegistryDialog({ orgId, registry, onClose, onDeleted }: Props) {
  const remove = useDeleteRegistry(orgId)
  const key = useActionKey()
  const count = registry.namespaces.length
  return (
    <ConfirmDialog
      open
      destructive
      title={`Delete the registry ${clipText(registry.host)}?`}
      confirmLabel={remove.isPending ? 'Deleting…' : 'Delete registry'}
      typeToConfirm={registry.host}
      pending={remove.isPending}
      error={remove.error ?? undefined}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          { registryId: registry.id, idempotencyKey: key.current() },
          {
            onSuccess: () => {
              key.renew()
              onDeleted(registry)
            },
          },
        )
      }
    >
      Registry <code>{registry.id}</code> and its {count} {count === 1 ? 'pattern' : 'patterns'} will be removed, together with
      any stored credential. Modules whose images fall only under these patterns can no longer be published.
    </ConfirmDialog>
  )
}
