import { isLocalDevUrl } from '@/shared/module-host/sri'

/** The developer override lives in sessionStorage only (module-ui-contract §10). */
const OVERRIDE_KEY = 'hla-compass-module-harness-override'

/** `integrity` (optional): check the bundle as it will be published (SRI, which needs CORS) instead of a plain script. */
export type DevOverride = { url: string; globals: string[]; integrity?: string }

export function readOverride(): DevOverride | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(OVERRIDE_KEY) ?? 'null') as DevOverride | null
    return value && isLocalDevUrl(value.url) ? value : null
  } catch {
    return null
  }
}

export function storeOverride(value: DevOverride | null): void {
  if (value) sessionStorage.setItem(OVERRIDE_KEY, JSON.stringify(value))
  else sessionStorage.removeItem(OVERRIDE_KEY)
}

/** Why a typed URL is refused (the same rule as a devkit module's local bundle). */
export { localUrlProblem as overrideUrlProblem } from '@/shared/module-host/localBundles'

/** Why a typed integrity value is refused, or null (empty is fine: the bundle then runs as a plain script). */
export function integrityProblem(value: string): string | null {
  return !value.trim() || /^sha384-[A-Za-z0-9+/]{64}$/.test(value.trim())
    ? null
    : 'sha384- followed by 64 base64 characters (openssl dgst -sha384 -binary bundle.js | openssl base64 -A).'
}

/** A JSON object typed into an editor, or the reason it is not one. */
export function parseJsonObject(text: string): { value: Record<string, unknown> } | { error: string } {
  try {
    const value = JSON.parse(text) as unknown
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'Enter a JSON object ({ … }).' }
    return { value: value as Record<string, unknown> }
  } catch (error) {
    return { error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
}

export const newDevRunId = () => `dev-${crypto.randomUUID().slice(0, 8)}`
/** Whether `runId` is one the harness made up (no run exists to follow) rather than a real run typed in. */
export const isDevRunId = (runId: string) => /^dev-[0-9a-f]{8}$/.test(runId)
