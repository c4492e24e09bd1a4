import { queryOptions } from '@tanstack/react-query'
import { z } from '@/shared/contract/zod'
import { DEVKIT_SERVICE, DevkitServiceInfo } from '@/shared/contract/devkit'
import { apiPaths } from '@/shared/contract/paths'
import { ApiError } from './ApiError'
import { send } from './transport'

/** What answers at `API_BASE` (issue 13): the platform API, a local devkit API, or nothing reachable. */
export type ApiKind =
  { kind: 'devkit'; via: 'service-name' | 'auth-404' } | { kind: 'platform' } | { kind: 'unreachable'; error: ApiError }

/** A probe is a question, not a page's data: one attempt, no token, a short wait. */
const PROBE_TIMEOUT_MS = 10_000

type Probe = { ok: true; body: unknown } | { ok: false; error: ApiError }

async function probe(path: string, signal?: AbortSignal): Promise<Probe> {
  try {
    return { ok: true, body: await send(path, z.unknown(), { auth: false, signal, timeoutMs: PROBE_TIMEOUT_MS }) }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error }
    throw error
  }
}

const isUnreachable = (error: ApiError) => error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT'

/**
 * Recognises a devkit API: `GET /` names the service. When the root does not answer (a proxy that forwards only
 * `/v1/…`), the auth endpoints answering 404 while `/v1/system/ready` answers make it one too. A platform answers
 * `/v1/auth/me` without a token with 401, so a platform is never mistaken for a devkit.
 */
export async function detectApi(signal?: AbortSignal): Promise<ApiKind> {
  const root = await probe(apiPaths.serviceInfo(), signal)
  if (root.ok && DevkitServiceInfo.safeParse(root.body).data?.service === DEVKIT_SERVICE)
    return { kind: 'devkit', via: 'service-name' }
  // A root that answers something else is some other API: no need to provoke the 4xx a browser would log for it.
  if (root.ok) return { kind: 'platform' }
  if (isUnreachable(root.error)) return { kind: 'unreachable', error: root.error }
  const me = await probe(apiPaths.me(), signal)
  if (!me.ok && me.error.status === 404 && (await probe(apiPaths.systemReady(), signal)).ok)
    return { kind: 'devkit', via: 'auth-404' }
  return { kind: 'platform' }
}

/** The kind of API, asked once per page load (the sign-in page offers the devkit entry by it). */
export const apiKindQueries = {
  kind: () => queryOptions({ queryKey: ['api-kind'] as const, queryFn: ({ signal }) => detectApi(signal), staleTime: Infinity }),
}
