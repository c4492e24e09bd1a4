import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { setBaseLatency } from './runtime/api'
import { startClock, elapsedMs } from './runtime/clock'
import { restoreStores, resetStores, saveStores, setPersistenceTarget } from './runtime/persistence'
import { dataSet, parseScenario, scenarioName, setScenario } from './runtime/scenario'

const SCENARIO_KEY = 'hla-compass-demo-scenario'
const CLOCK_KEY = 'hla-compass-demo-clock'

/**
 * Prepares the demo backend for this browser session: the scenario from `?scenario=` (kept for the session), the demo
 * clock continuing where it was, and the session's changes restored.
 */
function prepareSession(): void {
  const fromUrl = new URLSearchParams(window.location.search).get('scenario')
  const previous = sessionStorage.getItem(SCENARIO_KEY)
  const scenario = parseScenario(fromUrl ?? previous)
  const previousDataSet = previous === null ? null : (setScenario(previous), dataSet())
  setScenario(scenario)
  sessionStorage.setItem(SCENARIO_KEY, scenarioName(scenario))

  setPersistenceTarget(window.sessionStorage)
  if (previousDataSet !== null && previousDataSet !== dataSet()) resetStores()
  else restoreStores()

  startClock(Number(sessionStorage.getItem(CLOCK_KEY) ?? 0))
  setBaseLatency(120)
  window.addEventListener('pagehide', () => sessionStorage.setItem(CLOCK_KEY, String(Math.round(elapsedMs()))))
}

prepareSession()

export const worker = setupWorker(...handlers)

// Writes are persisted once the response has gone out, whatever the endpoint.
worker.events.on('response:mocked', ({ request }) => {
  if (request.method !== 'GET') saveStores()
})
