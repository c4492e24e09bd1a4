import { readFileSync } from 'node:fs'
import type { IndexHtmlTransformContext, Rolldown } from 'vite'

/**
 * A classic (non-module) script of index.html as a hashed asset: cached a year like the bundle's own files, so a full
 * load never waits for its revalidation, and allowed by `script-src 'self'`. A classic script in the head blocks the
 * parser, and with it the entry's evaluation, until it has arrived (decision 014).
 */
export function classicScriptAsset(name: string, source: URL) {
  return {
    emit(context: Rolldown.PluginContext) {
      context.emitFile({ type: 'asset', name, source: readFileSync(source, 'utf8') })
    },
    /** The emitted file's name in this build's output; throws when the bundle has none (a broken build, not a page). */
    fileName(bundle: IndexHtmlTransformContext['bundle'], plugin: string): string {
      const asset = Object.values(bundle ?? {}).find((output) => output.type === 'asset' && output.names.includes(name))
      if (!asset) throw new Error(`${plugin}: the build emitted no ${name}`)
      return asset.fileName
    },
  }
}
