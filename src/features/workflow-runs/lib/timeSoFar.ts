/**
 * How long a run that started at `startedAt` has been going at `now` (epoch ms on the server's clock, normally when its
 * answer arrived: the figure grows with each refresh, not between them). 0 for a start that cannot be read or lies
 * ahead of `now`.
 */
export function timeSoFar(startedAt: string | undefined, now: number): number {
  const startMs = startedAt ? Date.parse(startedAt) : Number.NaN
  return Number.isNaN(startMs) ? 0 : Math.max(0, now - startMs)
}
