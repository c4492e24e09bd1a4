import { BODY_FAULTS, TRANSPORT_FAULTS, type BodyFault, type TransportFault } from './faults'

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
export type Scenario = { kind: 'named'; name: NamedScenario } | { kind: 'fail'; endpoint: string; failure: Failure }

const FAIL_PATTERN = new RegExp(`^fail-(\\d{3}|${[...BODY_FAULTS, ...TRANSPORT_FAULTS].join('|')})-([A-Za-z]+)$`)

export function parseScenario(text: string | null | undefined): Scenario {
  const value = (text ?? '').trim()
  if ((SCENARIOS as readonly string[]).includes(value)) return { kind: 'named', name: value as NamedScenario }
  const failure = FAIL_PATTERN.exec(value)
  if (failure) {
    const fault = /^\d/.test(failure[1]!) ? Number(failure[1]) : (failure[1] as BodyFault | TransportFault)
    return { kind: 'fail', endpoint: failure[2]!, failure: fault }
  }
  return { kind: 'named', name: 'default' }
}

export function scenarioName(scenario: Scenario): string {
  return scenario.kind === 'named' ? scenario.name : `fail-${scenario.failure}-${scenario.endpoint}`
}

let current: Scenario = { kind: 'named', name: 'default' }

export function getScenario(): Scenario {
  return current
}

export function setScenario(scenario: Scenario | string): void {
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
