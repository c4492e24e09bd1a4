// `node scripts/bench/floorOnly.mjs [runHistory|organizations|comparison]… [--rounds N]`: the floor part of the bench
// alone, on the current dist/ (build it with `VITE_API_MOCKING=off npx vite build`) — for profiling one view without
// the whole bench. Prints the same figures as `npm run bench`'s `interactions.againstFloor`.
import { launchBrowser } from './browser.mjs'
import { measureComparisonFloor, measureOrganizationsFloor, measureRunHistoryFloor } from './floorViews.mjs'
import { startRealServer } from './realServer.mjs'

const VIEWS = { runHistory: measureRunHistoryFloor, organizations: measureOrganizationsFloor, comparison: measureComparisonFloor }
const roundsAt = process.argv.indexOf('--rounds')
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5
const wanted = process.argv.slice(2).filter((arg, i, all) => arg in VIEWS && all[i - 1] !== '--rounds')

const server = await startRealServer()
const browser = await launchBrowser()
try {
  const result = {}
  for (const view of wanted.length ? wanted : Object.keys(VIEWS)) result[view] = await VIEWS[view](browser, server.origin, rounds)
  console.log(JSON.stringify(result, null, 2))
} finally {
  await browser.close()
  await server.close()
}
