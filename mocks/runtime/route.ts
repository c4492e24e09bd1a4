import { API_BASE } from '../../src/shared/contract/apiBase'
import { apiPaths } from '../../src/shared/contract/paths'

/** An endpoint of the API contract: a key of `apiPaths`, the name scenarios and injected faults use. */
export type Endpoint = keyof typeof apiPaths

export const ENDPOINTS = Object.keys(apiPaths) as [Endpoint, ...Endpoint[]]

export const isEndpoint = (name: string): name is Endpoint => Object.hasOwn(apiPaths, name)

/**
 * The MSW path pattern of a contract endpoint, its arguments named as path params, so the demo spells no URL of its
 * own (issue 15): `route('workflowRun', 'runId')` is `${API_BASE}/v1/workflow-runs/:runId`.
 */
export function route<E extends Endpoint>(endpoint: E, ...params: Parameters<(typeof apiPaths)[E]>): string {
  const build = apiPaths[endpoint] as (...args: string[]) => string
  // apiPaths encodes its arguments; the `:` that makes a segment a param must reach MSW as it is.
  return `${API_BASE}${build(...params.map((name) => `:${name}`)).replaceAll('%3A', ':')}`
}

/** A demo-only control (`POST ${API_BASE}/__demo/reset`…), which is no endpoint of the contract. */
export const demoControl = (name: string): string => `${API_BASE}/__demo/${name}`

/** Reads a JSON body, answering 422 (not a crash) when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return Symbol.for('invalid-json')
  }
}
