import { toHostFetchResponse, type HostFetchResponse } from '@/shared/module-host/hostFetchResponse'
import type { BridgeClient } from './bridgeClient'

type HostFetchInit = { method?: string; body?: unknown; headers?: Record<string, string> }

/** A JSON text as its value (the host sends it on as JSON); any other text as it is. */
function bodyOf(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The text of a request body, whether given in `init` or in a `Request`; only what the host can send on. */
async function bodyTextOf(input: RequestInfo | URL, init: RequestInit | undefined): Promise<string | undefined> {
  if (typeof init?.body === 'string') return init.body
  if (init?.body instanceof URLSearchParams) return init.body.toString()
  if (init?.body instanceof Blob) return init.body.text()
  if (init?.body === undefined && input instanceof Request && input.body !== null) return input.clone().text()
  return undefined
}

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
      // The method goes as asked: the host answers anything but GET and POST with 403, never with another method's
      // answer (a DELETE must not read the resource).
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
      const body = bodyOf(await bodyTextOf(input, init))
      const headers: Record<string, string> = {}
      new Headers(input instanceof Request ? input.headers : undefined).forEach((value, name) => (headers[name] = value))
      new Headers(init?.headers).forEach((value, name) => (headers[name] = value))
      return hostFetch(url.pathname.slice('/api'.length) + url.search, {
        method,
        ...(body === undefined ? {} : { body }),
        headers,
      })
    }
    return networkFetch(input, init)
  }
}
