import { resetRuntime, setBaseLatency } from './runtime/api'
import { freezeClock } from './runtime/clock'
import { resetStores, setPersistenceTarget } from './runtime/persistence'
import { setScenario } from './runtime/scenario'

/** Puts the demo backend into a known state for one test: frozen clock, a scenario, seeded stores, no latency. */
export function resetDemo(scenario = 'default', clockOffsetMs = 0): void {
  setPersistenceTarget(null)
  setBaseLatency(0)
  freezeClock(clockOffsetMs)
  setScenario(scenario)
  resetStores()
  resetRuntime()
}
