import packs from 'virtual:module-runtime-packs'
import { ModuleError } from './moduleError'
import { OFFERED_GLOBALS } from './protocol'

export type PackRecord = { url: string; integrity: string; global: string }

/**
 * The optional runtime packs (antd@5 → `antd`, icons@6 → `icons`), built and SRI-hashed with the console (see
 * scripts/vite/moduleRuntimePacks.ts). React is external in them, so they bind to the React the page provides.
 */
export const RUNTIME_PACKS: Readonly<Record<string, PackRecord>> = packs

/** The packs a version declares, in load order; an entry the host does not offer is MODULE_CONTRACT_INVALID (§1). */
export function packsFor(globals: readonly string[]): PackRecord[] {
  const unknown = globals.filter((name) => !(OFFERED_GLOBALS as readonly string[]).includes(name))
  if (unknown.length)
    throw new ModuleError('MODULE_CONTRACT_INVALID', `ui.globals lists packs the host does not offer: ${unknown.join(', ')}.`)
  return OFFERED_GLOBALS.filter((name) => globals.includes(name)).map((name) => {
    const pack = RUNTIME_PACKS[name]
    if (!pack) throw new ModuleError('MODULE_NOT_FOUND', `The ${name} runtime pack is not part of this console build.`)
    return pack
  })
}
