import { BODY_FAULTS, TRANSPORT_FAULTS, type BodyFault, type TransportFault } from './faults'
import { isEndpoint, type Endpoint } from './route'

/**
 * Named demo scenarios (api-contract §12), picked with `?scenario=` and kept for the browser session.
 * Besides the named ones, `fail-<fault>-<endpoint>` makes one endpoint (an `apiPaths` key) fail: with a status
 * (`fail-500-workflowRuns`, `fail-403-organizations`, any method), or, on its GETs, with a broken body or transport
 * (`fail-truncated-modules`, `fail-hang-moduleRun`; see faults.ts).
 */
export const SCENARIOS = [
  'default',
  'empty',
  'large',
  'slow',
  'flaky',
  'rate-limited',
  'expired-token',
  'session-lost',
  'forbidden',
  'malformed',
  'offline',
  'xss',
  'long',
  // The platform's devkit API stub instead of the platform API (issue 13; mocks/README.md); `-key` needs X-API-Key.
  'devkit',
  'devkit-key',
] as const
export type NamedScenario = (typeof SCENARIOS)[number]

export type Failure = number | BodyFault | TransportFault
export type Scenario = { kind: 'named'; name: NamedScenario } | { kind: 'fail'; endpoint: Endpoint; failure: Failure }
/** What a test or the code may name: a misspelt endpoint (`fail-500-workflowRunz`) does not typecheck. */
export type ScenarioName = NamedScenario | `fail-${number | BodyFault | TransportFault}-${Endpoint}`

/** A scenario name the demo does not know: it fails loudly, where a typo used to run `default` unnoticed (issue 15). */
export class UnknownScenarioError extends Error {
  override name = 'UnknownScenarioError'
}

const FAIL_PATTERN = new RegExp(`^fail-(\\d{3}|${[...BODY_FAULTS, ...TRANSPORT_FAULTS].join('|')})-([A-Za-z]+)$`)

/** Reads a scenario name from a URL, the session or a test; empty is `default`, anything unknown throws. */
export function parseScenario(text: string | null | undefined): Scenario {
  const value = (text ?? '').trim()
  if (value === '') return { kind: 'named', name: 'default' }
  if ((SCENARIOS as readonly string[]).includes(value)) return { kind: 'named', name: value as NamedScenario }
  const failure = FAIL_PATTERN.exec(value)
  if (!failure)
    throw new UnknownScenarioError(
      `Unknown demo scenario "${value}": use one of ${SCENARIOS.join(', ')} or fail-<status or fault>-<endpoint>.`,
    )
  const endpoint = failure[2]!
  if (!isEndpoint(endpoint))
    throw new UnknownScenarioError(
      `Unknown endpoint "${endpoint}" in the demo scenario "${value}": use a key of apiPaths (src/shared/contract/paths.ts).`,
    )
  const fault = /^\d/.test(failure[1]!) ? Number(failure[1]) : (failure[1] as BodyFault | TransportFault)
  return { kind: 'fail', endpoint, failure: fault }
}

export function scenarioName(scenario: Scenario): string {
  return scenario.kind === 'named' ? scenario.name : `fail-${scenario.failure}-${scenario.endpoint}`
}

let current: Scenario = { kind: 'named', name: 'default' }

export function getScenario(): Scenario {
  return current
}

export function setScenario(scenario: Scenario | ScenarioName): void {
  current = typeof scenario === 'string' ? parseScenario(scenario) : scenario
}

export function isScenario(name: NamedScenario): boolean {
  return current.kind === 'named' && current.name === name
}

/** Which data set the store is seeded with. */
export function dataSet(): 'default' | 'empty' | 'large' {
  if (isScenario('empty')) return 'empty'
  if (isScenario('large')) return 'large'
  return 'default'
}
