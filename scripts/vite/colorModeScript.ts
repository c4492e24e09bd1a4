import type { Plugin } from 'vite'
import { classicScriptAsset } from './classicScriptAsset.ts'

/**
 * index.html's colour-mode script (public/color-mode.js, which must run before the first paint) named in a build by a
 * hashed copy. Under its plain name it was revalidated on every load, and the parser, hence the entry, waited for that
 * round trip: ~14 ms of every full load on the bench's machine (issue 16). The plain file stays in the build for pages
 * cached before a deploy, and the dev server serves it as it is.
 */
export function colorModeScript(): Plugin {
  return classicScriptAsset({
    plugin: 'color-mode-script',
    name: 'color-mode.js',
    source: new URL('../../public/color-mode.js', import.meta.url),
    place(html, src, base) {
      const plain = `<script src="${base}color-mode.js"></script>`
      if (!html.includes(plain)) throw new Error(`color-mode-script: index.html does not name ${plain}`)
      return html.replace(plain, `<script src="${src}"></script>`)
    },
  })
}
