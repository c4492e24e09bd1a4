import { useState } from 'react'
import { jsonEqual } from './jsonEqual'

/**
 * `value`, or the earlier value while the new one has the same content (`jsonEqual`). Pages pass the module, its `ui`
 * and its props as object literals made afresh on each render; keeping their identity while the content stays lets the
 * host's effects depend on them directly and run only on a real change.
 */
export function useStableJson<T>(value: T): T {
  const [kept, setKept] = useState(value)
  if (kept === value || jsonEqual(kept, value)) return kept
  // Adjusting state while rendering (React re-renders at once, before any effect sees the old value).
  setKept(value)
  return value
}
