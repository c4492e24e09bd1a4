import { isLocalDevUrl } from './sri'

/**
 * The local bundle a developer mounts for a module of a devkit API (issue 13): the devkit has no published bundle, so
 * the developer names the URL their dev server serves `bundle.js` from, once per module. Remembered in sessionStorage,
 * where module-ui-contract §10 keeps a developer override: it survives a reload, in this tab only, and is gone with the
 * tab.
 */
export type LocalBundle = { url: string; globals: string[] }

const STORAGE_KEY = 'hla-compass-devkit-bundles'

function readAll(): Record<string, LocalBundle> {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as unknown
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, LocalBundle>) : {}
  } catch {
    return {}
  }
}

/** The bundle remembered for `moduleId`, if it is still an acceptable localhost URL. */
export function readLocalBundle(moduleId: string): LocalBundle | null {
  const bundle = readAll()[moduleId]
  return bundle && typeof bundle.url === 'string' && isLocalDevUrl(bundle.url) && Array.isArray(bundle.globals)
    ? { url: bundle.url, globals: bundle.globals.filter((g): g is string => typeof g === 'string') }
    : null
}

export function storeLocalBundle(moduleId: string, bundle: LocalBundle | null): void {
  const all = readAll()
  if (bundle) all[moduleId] = bundle
  else delete all[moduleId]
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(all))
  } catch {
    // Storage full or refused (a private window): the bundle is still mounted, only not remembered.
  }
}

/** Why a typed URL is refused, or null when it is an acceptable localhost bundle URL. */
export function localUrlProblem(value: string): string | null {
  if (!value.trim()) return 'Enter the URL of a bundle served from this machine.'
  return isLocalDevUrl(value.trim())
    ? null
    : 'Only http://localhost:<port>/… or http://127.0.0.1:<port>/… (no https, no other host, no user name).'
}

/** "antd@5, icons@6" → ['antd@5', 'icons@6']. */
export const parseGlobals = (text: string): string[] =>
  text
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean)
