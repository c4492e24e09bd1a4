// The floor part of `npm run bench` (issue 16): Run History, the organization list and the comparison, each against a
// plain page doing the same work, on the real-mode build and the recorded API (realServer.mjs). Budgets are ratios of
// the medians, console ÷ floor, measured in the same run on the same machine.
import { measureComparisonFloor, measureOrganizationsFloor, measureRunHistoryFloor } from './floorViews.mjs'
import { startRealServer } from './realServer.mjs'

export const FLOOR_BUDGET = {
  runHistory: { firstVisit: 3, secondVisit: 2, fullLoad: 2 },
  comparison: { firstVisit: 3, fullLoad: 3 },
  /** No main-thread task between the click and the first rows may be longer (Run History). */
  longTaskMs: 50,
}

// 11 rounds, not 5: a floor's full load is bimodal on these machines (40–51 or 59–77 ms in one run), and a median of 5
// landed on either side, so the same build was judged 2.0× in one run and 2.9× in the next (decision 014, 11th pass).
export async function measureAgainstFloor(browser, rounds = 11) {
  const server = await startRealServer()
  try {
    return {
      runHistory: await measureRunHistoryFloor(browser, server.origin, rounds),
      organizations: await measureOrganizationsFloor(browser, server.origin, rounds),
      comparison: await measureComparisonFloor(browser, server.origin, rounds),
    }
  } finally {
    await server.close()
  }
}

/** The ratios over their budgets, and a long task in Run History between a click and its rows. */
export function floorFailures(result) {
  const failures = []
  for (const view of ['runHistory', 'comparison'])
    for (const [figure, limit] of Object.entries(FLOOR_BUDGET[view])) {
      const { consoleMs, floorMs } = result[view][figure]
      // Judged on the ratio itself, not the one-decimal figure printed: 160 / 79 ms is 2.03×, over a 2× budget.
      const ratio = consoleMs / floorMs
      if (ratio > limit)
        failures.push(`${view} ${figure}: ${consoleMs} ms = ${ratio.toFixed(2)}× the floor's ${floorMs} ms > ${limit}×`)
    }
  const longest = result.runHistory.longestTaskClickToRowsMs
  if (longest > FLOOR_BUDGET.longTaskMs)
    failures.push(`runHistory: a ${longest} ms task between the click and the first rows > ${FLOOR_BUDGET.longTaskMs} ms`)
  return failures
}
