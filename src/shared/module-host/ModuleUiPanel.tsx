import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'
import { moduleUiQuery } from './moduleUiQuery'
import type { ResultEnvelope } from './types'
import { isUiOnlyRun, type RunState } from './uiOnlyRun'

/** The host (bridge, iframe and in-realm loaders) loads only where a with-ui module is actually shown. */
const ModuleHost = lazy(() => import('./ModuleHost').then((m) => ({ default: m.ModuleHost })))
const LocalBundleHost = lazy(() => import('./LocalBundleHost').then((m) => ({ default: m.LocalBundleHost })))

type Props = {
  moduleId: string
  /** The version whose UI to mount; the module's current version when absent. */
  version?: string
  runId: string
  /** False while `runId` names no run yet: see ModuleHost. */
  followsRun?: boolean
  inputData: Record<string, unknown>
  results?: ResultEnvelope
  /** The run `runId` names, when there is one: whether the UI ends it itself is read from it (`isUiOnlyRun`). */
  run?: RunState
  /** Shown instead of the UI for a no-ui module (nothing by default). */
  fallback?: ReactNode
  /** Frames the UI (and its errors) when there is one, e.g. in a titled section; nothing is framed for a no-ui module. */
  wrap?: (content: ReactNode) => ReactNode
}

const asIs = (content: ReactNode) => content

/**
 * Where a page shows a module's own UI (a with-ui run, the launch page, a with-ui workflow step): looks up the version's
 * `ui` record and trust tier and mounts `ModuleHost`. A no-ui module renders `fallback`; failures are explained.
 */
export function ModuleUiPanel(props: Props) {
  const { moduleId, version, runId, followsRun, inputData, results, run, fallback = null, wrap = asIs } = props
  const query = useQuery(moduleUiQuery(moduleId))
  const devkit = useIsDevkitSession()
  // Until the module's type is known nothing is shown: most modules have no UI, and a placeholder would only flicker.
  if (query.isPending) return null
  if (query.isError)
    return wrap(
      <ErrorState error={query.error} onRetry={() => void query.refetch()} title="The module’s UI could not be prepared" />,
    )
  const { module, versions } = query.data
  if (module.type !== 'with-ui') return <>{fallback}</>
  const wanted = version ?? module.currentVersion
  const found = versions.find((v) => v.version === wanted)
  // A devkit API has no versions: its registered manifest is the one version there is.
  const uiOnlyRun = isUiOnlyRun(module.type, devkit ? module.manifest : found?.manifest, run)
  const hostProps = { runId, followsRun, inputData, results, uiOnlyRun }
  if (devkit)
    return wrap(
      <Suspense fallback={<LoadingState label="Loading the module host" />}>
        <LocalBundleHost
          module={{ id: module.id, name: module.moduleName, version: module.currentVersion, displayName: module.displayName }}
          manifestGlobals={manifestGlobals(module.manifest)}
          {...hostProps}
        />
      </Suspense>,
    )
  const dataAccess = module.permissions?.data_access
  return wrap(
    <Suspense fallback={<LoadingState label="Loading the module host" />}>
      <ModuleHost
        module={{
          id: module.id,
          name: module.moduleName,
          version: wanted,
          displayName: module.displayName,
          // Only the version's own record decides (§3): the module's tier is its current version's, and a version that
          // is not listed (or has no tier) must never inherit `internal` from it. No tier means the sandboxed iframe.
          trustTier: found?.trustTier,
          ...(dataAccess ? { dataAccess } : {}),
        }}
        ui={found?.ui}
        {...hostProps}
      />
    </Suspense>,
  )
}

/** A manifest's `ui.globals`, whatever else its `ui` holds (a devkit manifest has `distPath` there). */
function manifestGlobals(manifest: Record<string, unknown> | undefined): string[] {
  const ui = manifest?.ui
  const globals = ui && typeof ui === 'object' ? (ui as { globals?: unknown }).globals : undefined
  return Array.isArray(globals) ? globals.filter((g): g is string => typeof g === 'string') : []
}
