/** The props every module UI receives (module-ui-contract §2): the union of the three documented generations. */
export type ResultEnvelope =
  | { status: 'success'; results: unknown; summary?: Record<string, unknown>; metadata?: Record<string, unknown> }
  | { status: 'error'; error: { type: string; message: string; details?: unknown }; metadata?: Record<string, unknown> }

export type ThemeMode = 'light' | 'dark' | 'high-contrast'
/** The theme a module receives (§8): the mode and the concrete values of the contract's CSS variables. */
export type ModuleTheme = { mode: ThemeMode; vars: Record<string, string> }
export type HostEvent = 'run.status' | 'run.log' | 'theme.change'

export interface ModuleUIProps {
  runId: string
  inputData: Record<string, unknown>
  initialParams: Record<string, unknown>
  results?: ResultEnvelope
  onExecute(params: Record<string, unknown>): Promise<ResultEnvelope>
  onSubmit(params: Record<string, unknown>): Promise<ResultEnvelope>
  onComplete(result?: { summary?: Record<string, unknown>; results?: unknown }): void
  onError(error: { code?: string; message: string; details?: unknown }): void
  subscribe(event: HostEvent | (string & {}), handler: (payload: unknown) => void): () => void
  emit(event: string, payload?: unknown): void
}

export type TrustTier = 'community' | 'verified' | 'internal'
/** Iframe for community, verified and any unknown tier; same realm only for internal (§3). */
export const loadingModeOf = (tier: string | undefined): 'iframe' | 'internal' => (tier === 'internal' ? 'internal' : 'iframe')

/** What the host needs to know about the mounted module version. */
export type MountedModule = {
  /** Module id (the run-creation target). */
  id: string
  name: string
  version: string
  /** Shown on the skeleton, the cards and the iframe title. */
  displayName?: string
  trustTier?: string
  /** Manifest `permissions.data_access`: the dataset prefixes `hostFetch` may read (§5). */
  dataAccess?: readonly string[]
}

/** A version's `ui` (api-contract §5), with `integrity: null` allowed only for the developer harness override. */
export type ModuleUiRecord = {
  bundleUrl: string
  integrity: string | null
  runtime: string
  globals: readonly string[]
  assets: readonly { path: string; integrity: string }[]
}

/** One line of the host's activity log (the harness shows it; pages may ignore it). */
export type HostLogEntry = {
  at: number
  kind: 'call' | 'bridge-in' | 'bridge-out' | 'dropped' | 'lifecycle' | 'emit'
  name: string
  size?: number
  detail?: unknown
  durationMs?: number
}
