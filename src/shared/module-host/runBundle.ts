import { CORS_HEADER, diagnoseScriptFailure } from './bundleProbe'
import { hintsFor, type LoadObservations } from './loadHints'
import { observeLoad } from './loadObserver'
import { ModuleError } from './moduleError'
import { injectScript, ScriptRefused } from './sri'

/** A muted error: the script came without CORS, so the browser reports only this (no message, file or line). */
const MUTED = 'Script error.'

/**
 * Runs a bundle's `<script>` and names what went wrong (issue 14): a script that did not load is diagnosed (status,
 * nothing answering, CORS, not JavaScript, integrity); one that threw while loading is MODULE_CRASHED with its message,
 * and with hints from the globals it read that were not there and from a `#root` self-mount. Returns what was observed,
 * so a later render crash can still be explained.
 */
export async function runBundle(
  win: Window & typeof globalThis,
  url: string,
  integrity: string | null,
  options: { cors: boolean },
): Promise<LoadObservations> {
  const doc = win.document
  let thrown: string | null = null
  const onError = (event: ErrorEvent) => {
    if (thrown === null && (event.filename === url || (event.message === MUTED && !event.filename)))
      // Chromium prefixes the message with "Uncaught "; the card says "threw while loading" already.
      thrown = String(event.message || (event.error instanceof Error ? event.error.message : MUTED)).replace(/^Uncaught /, '')
  }
  win.addEventListener('error', onError)
  const observer = observeLoad(win)
  let refused: ScriptRefused | null = null
  try {
    await injectScript(doc, url, integrity, { cors: options.cors })
  } catch (error) {
    if (!(error instanceof ScriptRefused)) throw error
    refused = error
  } finally {
    win.removeEventListener('error', onError)
  }
  const observed = observer.stop()
  if (refused) throw (await diagnoseScriptFailure(doc, url, integrity)).withHints(hintsFor('', observed))
  const message = thrown as string | null
  if (message === null) return observed
  if (message === MUTED)
    throw new ModuleError(
      'MODULE_CRASHED',
      'The bundle threw while loading. The browser hides the message ("Script error.") because its server sends no CORS header.',
      `url: ${url}`,
      [...hintsFor('', observed), `To see the message, let the server send \`${CORS_HEADER}\`.`],
    )
  throw new ModuleError(
    'MODULE_CRASHED',
    `The bundle threw while loading: ${message}`,
    `url: ${url}`,
    hintsFor(message, observed),
  )
}
