import { API_BASE } from '../../src/shared/contract/apiBase'
import { route } from './route'
import { parseScenario, setScenario, UnknownScenarioError } from './scenario'

describe('demo scenarios', () => {
  afterEach(() => setScenario('default'))

  it('reads a named scenario and a failing endpoint', () => {
    expect(parseScenario('xss')).toEqual({ kind: 'named', name: 'xss' })
    expect(parseScenario('fail-500-workflowRuns')).toEqual({ kind: 'fail', endpoint: 'workflowRuns', failure: 500 })
    expect(parseScenario('fail-hang-moduleRun')).toEqual({ kind: 'fail', endpoint: 'moduleRun', failure: 'hang' })
    expect(parseScenario(null)).toEqual({ kind: 'named', name: 'default' })
  })

  it('refuses a misspelt endpoint, naming it, where it used to run the default silently', () => {
    expect(() => parseScenario('fail-500-workflowRunz')).toThrow(UnknownScenarioError)
    expect(() => parseScenario('fail-500-workflowRunz')).toThrow('Unknown endpoint "workflowRunz"')
    // @ts-expect-error -- the endpoint names come from apiPaths, so a typo does not typecheck either.
    expect(() => setScenario('fail-500-workflowRunz')).toThrow(UnknownScenarioError)
  })

  it('refuses a scenario name it does not know', () => {
    expect(() => parseScenario('flakey')).toThrow('Unknown demo scenario "flakey"')
  })
})

describe('route', () => {
  it('builds the MSW pattern of an endpoint from apiPaths, its arguments as params', () => {
    expect(route('stepLogs', 'runId', 'stepId')).toBe(`${API_BASE}/v1/workflow-runs/:runId/steps/:stepId/logs`)
    expect(route('modules')).toBe(`${API_BASE}/v1/modules`)
    // @ts-expect-error -- an endpoint with a path argument needs its param name (checked by tsc, never called).
    const _missingParam = () => route('moduleRun')
  })
})
