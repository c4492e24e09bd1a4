import { absolute, assetUrl, frameUrl } from './frameUrls'
import { IframeHost } from './iframeHost'
import type { ModuleController, MountContext } from './moduleController'

/**
 * Mounts a community, verified or unknown-tier module (and every developer override) in a sandboxed iframe on the
 * console's frame page (§3); props and theme changes go over the bridge as `props` and `theme` messages (§4).
 */
export function mountFramed(context: MountContext): ModuleController {
  const { module, ui, devOverride, session, log } = context
  let inputs = context.inputs
  let theme = context.theme
  const host = new IframeHost({
    container: context.container,
    frameUrl: frameUrl(devOverride),
    title: context.title,
    init: {
      runId: context.runId,
      module: { name: module.name, version: module.version },
      tier: module.trustTier ?? 'community',
      bundleUrl: absolute(ui.bundleUrl),
      integrity: ui.integrity,
      assets: ui.assets.map((asset) => ({ url: assetUrl(ui.bundleUrl, asset.path), integrity: asset.integrity })),
      runtime: ui.runtime,
      globals: [...ui.globals],
      theme,
      props: { inputData: inputs.inputData, initialParams: inputs.inputData, ...resultsOf(inputs) },
      dev: devOverride,
    },
    session,
    log,
    onMounted: context.onMounted,
    onFailed: context.onFailed,
  })
  host.start()
  return {
    setInputs: (next) => {
      if (next === inputs) return
      inputs = next
      host.post({ type: 'props', inputData: next.inputData, ...resultsOf(next) })
    },
    setTheme: (next) => {
      if (next === theme) return
      theme = next
      host.post({ type: 'theme', mode: next.mode, vars: next.vars })
    },
    destroy: () => void host.destroy(),
  }
}

const resultsOf = ({ results }: MountContext['inputs']) => (results ? { results } : {})
