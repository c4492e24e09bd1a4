import { z } from '../src/shared/contract/zod'
import { API_BASE } from '../src/shared/contract/apiBase'
import { ErrorEnvelope } from '../src/shared/contract/errors'
import { issueTokens } from './runtime/tokens'
import { resetRuntime, setBaseLatency } from './runtime/api'
import { freezeClock } from './runtime/clock'
import { resetStores, setPersistenceTarget } from './runtime/persistence'
import { setScenario, type ScenarioName } from './runtime/scenario'

/** Puts the demo backend into a known state for one test: frozen clock, a scenario, seeded stores, no latency. */
export function resetDemo(scenario: ScenarioName = 'default', clockOffsetMs = 0): void {
  setPersistenceTarget(null)
  setBaseLatency(0)
  freezeClock(clockOffsetMs)
  setScenario(scenario)
  resetStores()
  resetRuntime()
}

/** A demo user in the organization their token is scoped to (mocks/fixtures/users.ts). */
export type As = readonly [userId: string, orgId: string]
export const AS = {
  priya: ['usr-0001', 'org-0001'], // superuser
  tomas: ['usr-0002', 'org-0002'], // admin of Acme Immunology
  mei: ['usr-0003', 'org-0002'], // developer
  jonas: ['usr-0004', 'org-0002'], // scientist
  amaraNorthwind: ['usr-0005', 'org-0003'], // admin + developer of Northwind Biosciences
} as const satisfies Record<string, As>

/** `text` is the raw body, for checks that a value (a secret) appears nowhere in it. */
export type Reply = { status: number; json: unknown; text: string }

/** Calls the demo API as a user, the way the console does (Bearer token, Idempotency-Key on writes). */
export async function callApi(
  [userId, orgId]: As,
  path: string,
  init: { method?: string; body?: unknown; key?: string } = {},
): Promise<Reply> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST')
  const headers: Record<string, string> = { Authorization: `Bearer ${issueTokens(userId, orgId).access_token}` }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET') headers['Idempotency-Key'] = init.key ?? crypto.randomUUID()
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, text, json: (text ? JSON.parse(text) : null) as unknown }
}

/** The reply's body parsed with the contract schema, after checking its status. */
export function expectOk<S extends z.core.$ZodType>(schema: S, reply: Reply, status = 200): z.output<S> {
  expect(reply.status, JSON.stringify(reply.json)).toBe(status)
  return z.parse(schema, reply.json)
}

/** The canonical error envelope of a failing reply, with its status. */
export function errorOf(reply: Reply) {
  return { status: reply.status, error: ErrorEnvelope.parse(reply.json).error }
}
