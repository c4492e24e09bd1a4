/** Bar colour of a step status on the timeline (theme palette keys). */
export function stepColor(status: string): string {
  switch (status) {
    case 'completed':
      return 'success.main'
    case 'failed':
      return 'error.main'
    case 'running':
    case 'queued':
      return 'info.main'
    case 'cancelled':
      return 'warning.main'
    default:
      return 'text.disabled'
  }
}

/** "2 attempts" for a retried step, nothing otherwise. */
export function attemptsLabel(attempts: number): string | undefined {
  return attempts > 1 ? `${attempts} attempts` : undefined
}
