import { useEffect, useState } from 'react'

/**
 * False on the first render, true once the browser has painted it. Parts of a heavy page below the fold wait for it,
 * so what the user looks at first is on screen sooner; the rest follows a frame later (nothing waits for scrolling,
 * so find-in-page and screen readers still get the whole page).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame, then a task: the task runs after that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
