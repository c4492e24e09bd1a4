import { ModuleError } from './moduleError'

/**
 * Naming why a file did not load (issue 14): never "SRI" unless an integrity check failed. A CORS read gives the status,
 * type and bytes; a server that sends no CORS header still answers a `no-cors` request (opaque), and nothing answering
 * rejects both. Browsers hide a no-CORS response's status: a `<link rel=prefetch>` fails on an error status but loads
 * HTML or JSON, which a `<script>` refuses, so the two still tell "missing" from "not JavaScript".
 */
export type Probe =
  | { reach: 'cors'; status: number; ok: boolean; contentType: string; bytes: ArrayBuffer | null }
  | { reach: 'no-cors' }
  | { reach: 'unreachable' }

export async function probeUrl(url: string, cache: RequestCache = 'no-store'): Promise<Probe> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'omit', cache })
    const contentType = response.headers.get('content-type') ?? ''
    return {
      reach: 'cors',
      status: response.status,
      ok: response.ok,
      contentType,
      bytes: response.ok ? await response.arrayBuffer() : null,
    }
  } catch {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' })
      return { reach: 'no-cors' }
    } catch {
      return { reach: 'unreachable' }
    }
  }
}

const NOT_JAVASCRIPT_TYPE = /html|json|xml|^image\/|^audio\/|^video\/|^text\/(csv|css)/i

/** False for a response that is evidently no script: an HTML, JSON, XML, CSS or media type, or a body starting with `<`. */
export function looksLikeJavaScript(contentType: string, bytes: ArrayBuffer | null): boolean {
  if (NOT_JAVASCRIPT_TYPE.test(contentType)) return false
  const head = bytes ? new TextDecoder().decode(bytes.slice(0, 64)).trimStart() : ''
  return !head.startsWith('<')
}

const originOf = (url: string) => new URL(url).origin
export const CORS_HEADER = 'Access-Control-Allow-Origin: *'

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/

export const unreachable = (url: string) =>
  new ModuleError(
    'MODULE_NOT_FOUND',
    `Nothing answers at ${originOf(url)}: the connection was refused or the host is unknown.`,
    `url: ${url}`,
    [
      `Start the server that serves ${url} (is it running on that port?), then Retry.`,
      // Chrome's Local Network Access: a page from another machine reaches localhost only with the user's permission.
      ...(LOOPBACK.test(location.hostname)
        ? []
        : [
            'This console is not served from this machine: allow it to reach local servers when the browser asks, or run the console locally (npm start).',
          ]),
    ],
  )

export const httpStatus = (url: string, status: number) =>
  new ModuleError('MODULE_NOT_FOUND', `${url} answered HTTP ${status}.`, `url: ${url}\nstatus: ${status}`, [
    status === 404 || status === 410
      ? 'Check the path: the file is not where the URL points.'
      : 'The server refused or failed to deliver the file.',
  ])

export const httpErrorHidden = (url: string) =>
  new ModuleError(
    'MODULE_NOT_FOUND',
    `${url} answered with an error status (such as 404). The browser hides the exact status because ${originOf(url)} sends no CORS header.`,
    `url: ${url}`,
    [`Check the path. To see the exact status, let the server send \`${CORS_HEADER}\`.`],
  )

export const corsRefused = (url: string) =>
  new ModuleError(
    'MODULE_CORS_REFUSED',
    `${originOf(url)} answered, but without \`Access-Control-Allow-Origin\`, so the browser does not let this page read ${url} (an integrity-checked load needs CORS).`,
    `url: ${url}`,
    [`Let the server send \`${CORS_HEADER}\` with the file (e.g. \`npx http-server --cors\`).`],
  )

export const notJavaScript = (url: string, contentType?: string) =>
  new ModuleError(
    'MODULE_NOT_JAVASCRIPT',
    contentType
      ? `${url} answered with ${contentType.split(';')[0]}, not JavaScript.`
      : `${url} answered with something that is not JavaScript (an HTML page or JSON), so the browser would not run it.`,
    `url: ${url}${contentType ? `\ncontent-type: ${contentType}` : ''}`,
    ['Check the path: many dev servers answer an unknown path with their index.html. Point the URL at the built bundle.js.'],
  )

/** `<link rel=prefetch>`: fails on an error status; `blocked` when the page's policy refused the request itself. */
function prefetchOutcome(doc: Document, url: string): Promise<'loaded' | 'failed' | 'blocked'> {
  return new Promise((resolve) => {
    const link = doc.createElement('link')
    const probeUrl = `${url}${url.includes('?') ? '&' : '?'}module-host-probe=${Date.now()}`
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI === probeUrl) done('blocked')
    }
    const done = (outcome: 'loaded' | 'failed' | 'blocked') => {
      doc.removeEventListener('securitypolicyviolation', onViolation)
      link.remove()
      resolve(outcome)
    }
    doc.addEventListener('securitypolicyviolation', onViolation)
    link.rel = 'prefetch'
    link.href = probeUrl
    link.onload = () => done('loaded')
    link.onerror = () => queueMicrotask(() => done('failed'))
    doc.head.append(link)
  })
}

/**
 * Why a `<script src>` fired `error`. `integrity` is the value it carried (null for a developer's plain script).
 * Digest differences are the only path to MODULE_SRI_MISMATCH.
 */
export async function diagnoseScriptFailure(doc: Document, url: string, integrity: string | null): Promise<ModuleError> {
  const probe = await probeUrl(url)
  if (probe.reach === 'unreachable') return unreachable(url)
  if (probe.reach === 'no-cors') {
    if (integrity) return corsRefused(url)
    const outcome = await prefetchOutcome(doc, url)
    if (outcome === 'failed') return httpErrorHidden(url)
    if (outcome === 'loaded') return notJavaScript(url)
    return new ModuleError('MODULE_NOT_FOUND', `${url} could not be loaded, and the page’s policy hides why.`, `url: ${url}`, [
      `Open ${url} in a browser tab to check it, or let the server send \`${CORS_HEADER}\`.`,
    ])
  }
  if (!probe.ok) return httpStatus(url, probe.status)
  if (!looksLikeJavaScript(probe.contentType, probe.bytes)) return notJavaScript(url, probe.contentType)
  if (integrity && probe.bytes) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new Uint8Array(probe.bytes)))
    if (`sha384-${btoa(String.fromCharCode(...digest))}` !== integrity)
      return new ModuleError('MODULE_SRI_MISMATCH', `The browser refused ${url}: its bytes differ from the recorded integrity.`)
  }
  return new ModuleError(
    'MODULE_CONTRACT_INVALID',
    `The browser refused to run ${url}: the page’s script policy does not allow it.`,
    `url: ${url}`,
    ['Module UI files must come from the UI bucket (or, in the harness, from http://localhost or http://127.0.0.1).'],
  )
}

const frameNotFound = (url: string, answer: string) =>
  new ModuleError('MODULE_NOT_FOUND', `The console’s module frame page ${answer}.`, `url: ${url}`, [
    'The frame page (module-frame/v1.html) must be served from the frame origin with this console’s build.',
  ])

/**
 * Why the frame page never answered the handshake (§7): a page that is missing or refused (403/404, any error
 * status) or a server that does not answer is MODULE_NOT_FOUND, with the status where the browser shows it; a page that
 * is there (or a probe that says nothing within `limitMs`) leaves the `timeout` as it is.
 */
export async function explainFrameSilence(url: string, timeout: ModuleError, limitMs = 3000): Promise<ModuleError> {
  const probe = async (): Promise<ModuleError> => {
    const answer = await probeUrl(url)
    if (answer.reach === 'unreachable') return frameNotFound(url, `at ${url} could not be reached`)
    if (answer.reach === 'cors') return answer.ok ? timeout : frameNotFound(url, `answered HTTP ${answer.status}`)
    // No CORS header: the status is hidden, but a prefetch still fails on an error status.
    return (await prefetchOutcome(document, url)) === 'failed' ? frameNotFound(url, 'answered with an error status') : timeout
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<ModuleError>((resolve) => (timer = setTimeout(() => resolve(timeout), limitMs)))
  return Promise.race([probe(), limit]).finally(() => clearTimeout(timer))
}
