/**
 * Runs `task` once the main thread has a quiet moment (at the latest after `timeoutMs`), for work a user is likely to
 * need next, such as the code of the page a visible link leads to. Returns a cancel function for an effect's cleanup.
 */
export function whenIdle(task: () => void, timeoutMs = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const timer = setTimeout(task, 200)
  return () => clearTimeout(timer)
}
