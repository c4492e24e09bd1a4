import { clipText } from '@/shared/lib/clip'
import type { ModuleSession } from './moduleSession'
import type { HostLogEntry, ModuleTheme, ModuleUiRecord, MountedModule, ResultEnvelope } from './types'

/** The values a mounted module receives as props and may receive again while mounted (§2). */
export type ModuleInputs = { inputData: Record<string, unknown>; results?: ResultEnvelope }

/** Everything one mount needs; `inputs` and `theme` are the values at mount time. */
export type MountContext = {
  /** The element the module's iframe or in-realm root is appended to. */
  container: HTMLElement
  module: MountedModule
  ui: ModuleUiRecord
  runId: string
  title: string
  devOverride: boolean
  inputs: ModuleInputs
  theme: ModuleTheme
  session: ModuleSession
  log: (entry: Omit<HostLogEntry, 'at'>) => void
  onMounted: () => void
  onFailed: (error: unknown) => void
}

/**
 * One mounted module UI as `ModuleHost` drives it, whichever way it is mounted (framed: `mountFramed`, in the
 * console's realm: `mountInRealm`). `setInputs` and `setTheme` pass on a change and ignore the values the module already
 * has (compared by identity: the host keeps unchanged values' identity, `useStableJson`).
 */
export interface ModuleController {
  setInputs(inputs: ModuleInputs): void
  setTheme(theme: ModuleTheme): void
  /** Unmounts the module and releases everything the mount holds; the session is the caller's to dispose. */
  destroy(): void
}

/** The module UI's accessible name: the iframe's title and the loading skeleton's label. */
/** The module's name as the frame's title and the loading state say it: cut, a module's name is the author's to choose. */
export const moduleTitle = (module: MountedModule) => `${clipText(module.displayName ?? module.name)} (module UI)`
