import { corsRefused, httpStatus, looksLikeJavaScript, notJavaScript, probeUrl, unreachable } from './bundleProbe'
import { ModuleError } from './moduleError'

/** `sha384-` and exactly 64 base64 characters (48 bytes); anything else is refused (fail closed, §6). */
const SRI = /^sha384-([A-Za-z0-9+/]{64})$/

/** The developer harness accepts only http on exactly localhost or 127.0.0.1, any port, no user info (§10). */
export function isLocalDevUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (
    url.protocol === 'http:' &&
    (url.hostname === 'localhost' || url.hostname === '127.0.0.1') &&
    url.username === '' &&
    url.password === ''
  )
}

export async function sha384Base64(bytes: ArrayBuffer): Promise<string> {
  // A view, not the buffer itself: test environments may hand over a buffer of another realm.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new Uint8Array(bytes)))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/**
 * Fetches `url` and checks its bytes against `integrity` before anything runs. Throws a ModuleError that names the
 * cause (nothing answering, no CORS header, an HTTP status, not JavaScript, a digest that differs); never returns a
 * boolean, so a caller cannot forget to await a Promise and read it as "true" (the Grafana loader bug of §6).
 * A `null` integrity passes only for a developer override whose URL is a localhost URL.
 */
export async function verifyBundle(url: string, integrity: string | null, devOverride: boolean): Promise<void> {
  if (integrity == null) {
    if (devOverride && isLocalDevUrl(url)) return
    throw new ModuleError('MODULE_SRI_MISMATCH', 'No integrity value is recorded for this file.')
  }
  const match = SRI.exec(integrity)
  if (!match)
    throw new ModuleError('MODULE_SRI_MISMATCH', 'The recorded integrity value is not sha384 (unsupported or malformed).')
  // Published files are immutable: the browser's cache may answer, and the later <script> is then a cache hit.
  const probe = await probeUrl(url, 'default')
  if (probe.reach === 'unreachable') throw unreachable(url)
  if (probe.reach === 'no-cors') throw corsRefused(url)
  if (!probe.ok || !probe.bytes) throw httpStatus(url, probe.status)
  if (!looksLikeJavaScript(probe.contentType, probe.bytes)) throw notJavaScript(url, probe.contentType)
  const actual = await sha384Base64(probe.bytes)
  if (actual !== match[1])
    throw new ModuleError(
      'MODULE_SRI_MISMATCH',
      `The digest of ${url} differs from the recorded one.`,
      `recorded sha384-${match[1]}\nactual   sha384-${actual}`,
    )
}

/** A `<script>` that fired `error`; the caller asks `diagnoseScriptFailure` why. */
export class ScriptRefused extends Error {
  constructor(readonly url: string) {
    super(`The browser did not run ${url}.`)
  }
}

/**
 * Loads a script. With an integrity value: `<script src integrity crossorigin>`, so the browser re-checks the bytes it
 * runs (step 3 of §6). `cors: false` is the developer's plain script: no `crossorigin`, so a static server without CORS
 * headers works and webpack's `publicPath: auto` still reads `document.currentScript.src`.
 */
export function injectScript(
  doc: Document,
  url: string,
  integrity: string | null,
  options: { cors?: boolean } = {},
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script')
    script.src = url
    if (integrity) script.integrity = integrity
    if (integrity || options.cors !== false) script.crossOrigin = 'anonymous'
    script.async = false
    script.onload = () => resolve()
    script.onerror = () => reject(new ScriptRefused(url))
    doc.head.append(script)
  })
}
