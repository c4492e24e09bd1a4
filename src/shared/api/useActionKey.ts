import { useCallback, useRef } from 'react'
import { newIdempotencyKey } from './http'

/**
 * One idempotency key per user action (api-contract §2.1): the same key on every retry of the same submit, so a retried
 * create never makes two; `renew()` after success or when what is being submitted changes.
 */
export function useActionKey(): { current: () => string; renew: () => void } {
  const key = useRef<string | null>(null)
  const current = useCallback(() => (key.current ??= newIdempotencyKey()), [])
  const renew = useCallback(() => {
    key.current = null
  }, [])
  return { current, renew }
}
