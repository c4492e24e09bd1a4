import type { Plugin } from 'vite'
import { classicScriptAsset } from './classicScriptAsset.ts'

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * The real-mode build's early session restore (src/shared/api/earlySession.classic.js): emitted as a hashed asset
 * (cached like every other, `script-src 'self'` allows it) and named in index.html as a classic script ahead of the
 * entry, with the API's address. Not in the demo build, whose API is the service worker the entry starts, nor on the
 * dev server: there the console restores the session itself, as it does whenever the script did nothing.
 */
export function earlySessionScript({ apiBase }: { apiBase: string }): Plugin {
  return classicScriptAsset({
    plugin: 'early-session-script',
    name: 'early-session.js',
    source: new URL('../../src/shared/api/earlySession.classic.js', import.meta.url),
    place(html, src) {
      const entry = html.indexOf('<script type="module"')
      if (entry < 0) throw new Error('early-session-script: no entry script to put it before')
      // Before the entry and its style sheet: a classic script waits for the style sheets above it to load.
      const tag = `<script src="${src}" data-api-base="${attribute(apiBase.replace(/\/+$/, ''))}"></script>\n    `
      return html.slice(0, entry) + tag + html.slice(entry)
    },
  })
}
