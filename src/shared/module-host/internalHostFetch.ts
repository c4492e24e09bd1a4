import { toHostFetchResponse } from './hostFetchResponse'
import type { ModuleSession } from './moduleSession'

type HostFetchInit = { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> }
type Target = { hostFetch?: (path: string, init?: HostFetchInit) => Promise<Response> }

const sessions = new Set<ModuleSession>()

/**
 * `window.hostFetch` for internal modules (module-ui-contract §5): the same function and allow-list as in the frame.
 * Every internal module shares the console's one window, so the call is answered by the first mounted module whose
 * allow-list admits it (in the same realm the allow-list is a convention, not a boundary); refused otherwise (403).
 */
async function hostFetch(path: string, init?: HostFetchInit): Promise<Response> {
  const args = [path, init]
  const mounted = [...sessions]
  const session = mounted.find((s) => s.allowsHostFetch(args)) ?? mounted[0]
  if (!session)
    return toHostFetchResponse({
      status: 403,
      contentType: 'application/json',
      body: { error: { code: 'FORBIDDEN', message: 'hostFetch refused: no module interface is mounted.' } },
    })
  return toHostFetchResponse(await session.hostFetch(args))
}

/** Provides `window.hostFetch` while `session` is mounted; the returned function withdraws it (last one out removes it). */
export function provideHostFetch(session: ModuleSession): () => void {
  const target = window as unknown as Target
  sessions.add(session)
  target.hostFetch = hostFetch
  return () => {
    sessions.delete(session)
    if (!sessions.size && target.hostFetch === hostFetch) delete target.hostFetch
  }
}
