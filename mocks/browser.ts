import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { setBaseLatency } from './runtime/api'
import { startClock, elapsedMs } from './runtime/clock'
import { restoreStores, resetStores, saveStores, setPersistenceTarget } from './runtime/persistence'
import { dataSet, parseScenario, scenarioName, setScenario, type Scenario } from './runtime/scenario'
import { WORKFLOWS } from './fixtures/workflows'
import { tableOf } from './stores/workflowRunTable'

const SCENARIO_KEY = 'hla-compass-demo-scenario'
const CLOCK_KEY = 'hla-compass-demo-clock'
const LATENCY_KEY = 'hla-compass-demo-latency'
/** Simulated network latency of the demo; `?latency=0` turns it off (the bench measures the console, not the network). */
const DEFAULT_LATENCY_MS = 120

/**
 * Prepares the demo backend for this browser session: the scenario from `?scenario=` (kept for the session), the demo
 * clock continuing where it was, and the session's changes restored.
 */
function prepareSession(): void {
  const fromUrl = new URLSearchParams(window.location.search).get('scenario')
  const previous = sessionStorage.getItem(SCENARIO_KEY)
  const scenario = readScenario(fromUrl ?? previous)
  const previousDataSet = previous === null ? null : (setScenario(readScenario(previous)), dataSet())
  setScenario(scenario)
  sessionStorage.setItem(SCENARIO_KEY, scenarioName(scenario))

  setPersistenceTarget(window.sessionStorage)
  if (previousDataSet !== null && previousDataSet !== dataSet()) resetStores()
  else restoreStores()

  startClock(Number(sessionStorage.getItem(CLOCK_KEY) ?? 0))
  const latency = new URLSearchParams(window.location.search).get('latency') ?? sessionStorage.getItem(LATENCY_KEY)
  const latencyMs = latency !== null && Number.isFinite(Number(latency)) ? Math.max(0, Number(latency)) : DEFAULT_LATENCY_MS
  sessionStorage.setItem(LATENCY_KEY, String(latencyMs))
  setBaseLatency(latencyMs)
  window.addEventListener('pagehide', () => sessionStorage.setItem(CLOCK_KEY, String(Math.round(elapsedMs()))))
}

/**
 * A scenario from the address or the session. An unknown name is reported in the console and the demo runs `default`:
 * throwing here would stop the worker and leave a blank page instead of the console.
 */
function readScenario(text: string | null): Scenario {
  try {
    return parseScenario(text)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    return parseScenario('default')
  }
}

prepareSession()

/**
 * The `large` data set is generated lazily, so start-up stays fast; once the page is idle, the run tables are built
 * ahead of the first request — a real server has its data ready, and the console should not be timed on the demo's
 * generation of 100,000 runs.
 */
function warmLargeDataSet(): void {
  if (dataSet() !== 'large') return
  const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200))
  idle(() => WORKFLOWS.forEach((workflow) => tableOf(workflow.id)))
}

/**
 * MSW asks the browser to check its worker script for an update on every start and never handles the answer: when the
 * check fails — the page navigates away meanwhile, the registration is gone — the rejection surfaced as an uncaught
 * page error ("Failed to update a ServiceWorker … Not found") that failed e2e tests now and then. The worker in use
 * keeps working either way, so the check's failure is handled here and dropped.
 */
function quietWorkerUpdates(): void {
  if (typeof ServiceWorkerRegistration === 'undefined') return
  const update = ServiceWorkerRegistration.prototype.update
  ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
    const checked = update.call(this)
    checked.catch(() => undefined)
    return checked
  }
}
quietWorkerUpdates()

export const worker = setupWorker(...handlers)

// For the fault suite (e2e/faults.spec.ts): switch this session's scenario without a reload.
Object.assign(window, {
  __hlaCompassDemoBackend: {
    // An unknown name throws here, so the suite that asked for it fails with the reason.
    setScenario: (name: string) => {
      const scenario = parseScenario(name)
      setScenario(scenario)
      sessionStorage.setItem(SCENARIO_KEY, scenarioName(scenario))
    },
  },
})

// Writes are persisted once the response has gone out, whatever the endpoint.
warmLargeDataSet()

worker.events.on('response:mocked', ({ request }) => {
  if (request.method !== 'GET') saveStores()
})
