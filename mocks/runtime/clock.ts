/**
 * The demo clock (api-contract §12): starts at BASE_TIME and advances with real time in the browser so running runs
 * progress and logs grow; frozen in tests (`freezeClock`) so every assertion is deterministic.
 */
export const BASE_TIME = Date.parse('2026-01-15T12:00:00Z')

let frozenAt: number | null = null
let startedAtRealMs = 0

/** Starts the clock; `elapsedMs` lets a browser session continue where it left off after a reload. */
export function startClock(elapsedMs = 0): void {
  frozenAt = null
  startedAtRealMs = performanceNow() - elapsedMs
}

/** Stops the clock at BASE_TIME + offsetMs (tests, or a screenshot that must not move). */
export function freezeClock(offsetMs = 0): void {
  frozenAt = BASE_TIME + offsetMs
}

/** Moves a frozen clock forward (tests that watch a run progress). */
export function advanceClock(ms: number): void {
  if (frozenAt === null) startedAtRealMs -= ms
  else frozenAt += ms
}

/** Current demo time in epoch milliseconds. */
export function nowMs(): number {
  return frozenAt ?? BASE_TIME + (performanceNow() - startedAtRealMs)
}

export function nowIso(): string {
  return new Date(nowMs()).toISOString()
}

/** Milliseconds the clock has run; persisted with the session. */
export function elapsedMs(): number {
  return nowMs() - BASE_TIME
}

export const iso = (epochMs: number): string => new Date(epochMs).toISOString()

function performanceNow(): number {
  // Real time is read only here: the clock is the one place the demo may depend on it.
  return Date.now()
}

freezeClock()
