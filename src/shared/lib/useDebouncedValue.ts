import { useEffect, useRef, useState } from 'react'

/**
 * The value, debounced. Leading and trailing, like lodash's `{ leading: true }`: the first change after a quiet
 * `delayMs` goes through at once (a single keystroke updates a list without waiting), and a burst of changes (typing a
 * word) is collapsed into one update when it stops.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value)
  const lastChange = useRef(0)
  useEffect(() => {
    const now = performance.now()
    const quiet = now - lastChange.current >= delayMs
    lastChange.current = now
    const timer = setTimeout(() => setDebounced(value), quiet ? 0 : delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}
