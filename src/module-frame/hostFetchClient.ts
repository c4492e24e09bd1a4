import { toHostFetchResponse, type HostFetchResponse } from '@/shared/module-host/hostFetchResponse'
import type { BridgeClient } from './bridgeClient'

type HostFetchInit = { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> }

/**
 * The module's only way to the platform (module-ui-contract §5): `window.hostFetch` over the bridge, and `fetch` of
 * this page's own origin under `/api/` routed through it (the template's `apiGet` works unchanged). The host decides
 * what is allowed and adds the credentials; nothing here ever holds a token.
 */
export function installHostFetch(bridge: BridgeClient): void {
  const hostFetch = async (path: string, init: HostFetchInit = {}): Promise<Response> => {
    return toHostFetchResponse((await bridge.call('hostFetch', [path, init])) as HostFetchResponse)
  }
  const target = window as unknown as { hostFetch: typeof hostFetch; fetch: typeof fetch }
  target.hostFetch = hostFetch
  const networkFetch = window.fetch.bind(window)
  target.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const url = new URL(raw, window.location.href)
    if (url.origin === window.location.origin && url.pathname.startsWith('/api/')) {
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
      let body: unknown
      if (typeof init?.body === 'string') {
        try {
          body = JSON.parse(init.body)
        } catch {
          body = init.body
        }
      }
      const headers: Record<string, string> = {}
      new Headers(init?.headers).forEach((value, name) => (headers[name] = value))
      return hostFetch(url.pathname.slice('/api'.length) + url.search, {
        method: method === 'POST' ? 'POST' : 'GET',
        ...(body === undefined ? {} : { body }),
        headers,
      })
    }
    return networkFetch(input, init)
  }
}
