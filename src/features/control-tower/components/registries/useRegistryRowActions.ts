import { useState } from 'react'
import type { Registry, TestResult } from '@/shared/contract/registries'
import { newIdempotencyKey } from '@/shared/api/http'
import { clipText } from '@/shared/lib/clip'
import { useTestRegistry, useUpdateRegistry } from '../../api/registryMutations'

/** What the last row action did, shown above the table until dismissed; the host in its texts is cut (a notice quotes it). */
export type RowNotice =
  | { kind: 'info'; text: string }
  | { kind: 'test'; host: string; result: TestResult }
  | { kind: 'error'; title: string; error: unknown; retry: () => void }

/**
 * Enable/disable and Test connection of saved rows. Each click is one action with its own idempotency key; Retry on a
 * failed one sends it again with the same key (api-contract §2.1).
 */
export function useRegistryRowActions(orgId: string) {
  const update = useUpdateRegistry(orgId)
  const test = useTestRegistry(orgId)
  const [notice, setNotice] = useState<RowNotice | null>(null)

  const toggle = (registry: Registry, enabled: boolean, idempotencyKey = newIdempotencyKey()) => {
    setNotice(null)
    update.mutate(
      { registryId: registry.id, idempotencyKey, body: () => ({ enabled }) },
      {
        onSuccess: (saved) =>
          setNotice({
            kind: 'info',
            text: `${clipText(saved.host)} (${saved.id}) is now ${saved.enabled ? 'enabled' : 'disabled'}.`,
          }),
        onError: (error) =>
          setNotice({
            kind: 'error',
            title: `Could not ${enabled ? 'enable' : 'disable'} ${clipText(registry.host)} (${registry.id})`,
            error,
            retry: () => toggle(registry, enabled, idempotencyKey),
          }),
      },
    )
  }

  // A saved entry is always tested on its stored host with its stored secret (registry-patterns.md §6).
  const runTest = (registry: Registry, idempotencyKey = newIdempotencyKey()) => {
    setNotice(null)
    test.mutate(
      { registryId: registry.id, idempotencyKey, body: () => ({}) },
      {
        onSuccess: (result) => setNotice({ kind: 'test', host: `${clipText(registry.host)} (${registry.id})`, result }),
        onError: (error) =>
          setNotice({
            kind: 'error',
            title: `Could not test ${clipText(registry.host)} (${registry.id})`,
            error,
            retry: () => runTest(registry, idempotencyKey),
          }),
      },
    )
  }

  return {
    notice,
    showNotice: setNotice,
    toggle,
    runTest,
    togglingId: update.isPending ? (update.variables?.registryId ?? null) : null,
    testingId: test.isPending ? (test.variables?.registryId ?? null) : null,
  }
}
