import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

type Options = {
  /** The plugin's name, which its errors start with. */
  plugin: string
  /** The emitted asset's name before hashing (`color-mode.js` → `assets/color-mode-<hash>.js`). */
  name: string
  source: URL
  /** index.html with the script named by `src` (the hashed file under the build's base) put in its place. */
  place: (html: string, src: string, base: string) => string
}

/**
 * A classic (non-module) script of index.html as a hashed asset: cached a year like the bundle's own files, so a full
 * load never waits for its revalidation, and allowed by `script-src 'self'`. A classic script in the head blocks the
 * parser, and with it the entry's evaluation, until it has arrived (decision 014). Builds only.
 */
export function classicScriptAsset({ plugin, name, source, place }: Options): Plugin {
  let base = '/'
  return {
    name: plugin,
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    buildStart() {
      this.emitFile({ type: 'asset', name, source: readFileSync(source, 'utf8') })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, filename }) {
        if (!filename.endsWith('index.html')) return html
        const asset = Object.values(bundle ?? {}).find((output) => output.type === 'asset' && output.names.includes(name))
        if (!asset) throw new Error(`${plugin}: the build emitted no ${name}`)
        return place(html, `${base}${asset.fileName}`, base)
      },
    },
  }
}
