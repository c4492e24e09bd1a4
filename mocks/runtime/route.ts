import { API_BASE } from '../../src/shared/contract/apiBase'

/** An MSW path pattern under the API base, e.g. `api('/v1/organizations/:orgId')`. */
export const api = (path: string): string => `${API_BASE}${path}`

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
