import { absolute, assetUrl } from './frameUrls'
import { provideHostFetch } from './internalHostFetch'
import { InternalHost } from './InternalHost'
import type { ModuleController, ModuleInputs, MountContext } from './moduleController'
import { applyThemeToDocument } from './themeVars'
import type { ModuleUIProps } from './types'

/**
 * Mounts an internal module in the console's realm (§3): the bundle loaded and verified by `internalLoader` (a chunk of
 * its own, fetched only here), rendered by an `InternalHost` under an error boundary, with `window.hostFetch` provided
 * while mounted (§5). The theme reaches it as the document's CSS variables and a `theme.change` event (§8).
 */
export function mountInRealm(context: MountContext): ModuleController {
  const { container, runId, ui, session, log, onMounted, onFailed } = context
  let inputs = context.inputs
  let theme = context.theme
  let internal: InternalHost | null = null
  let cancelled = false

  const call = async <T>(name: string, args: unknown[], work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const value = await work()
    log({ kind: 'call', name, detail: { args, value }, durationMs: Math.round(performance.now() - started) })
    return value
  }
  // The same callbacks the bridge offers a framed module (bridgeCall.ts), logged the same way.
  const propsOf = ({ inputData, results }: ModuleInputs): ModuleUIProps => ({
    runId,
    inputData,
    initialParams: inputData,
    ...(results ? { results } : {}),
    onExecute: (params) => call('onExecute', [params], () => session.execute(params)),
    onSubmit: (params) => call('onExecute', [params], () => session.execute(params)),
    onComplete: (result) => void call('onComplete', [result], () => session.complete(result)),
    onError: (error) => void call('onError', [error], () => session.reportError(error)),
    subscribe: (event, handler) => session.subscribe(event, handler),
    emit: (event, payload) => session.emit(event, payload),
  })

  applyThemeToDocument(document, theme.mode, theme.vars)
  const withdrawHostFetch = provideHostFetch(session)
  import('./internalLoader')
    .then(({ loadInternal }) =>
      loadInternal({
        url: absolute(ui.bundleUrl),
        integrity: ui.integrity,
        runtime: ui.runtime,
        globals: ui.globals,
        assets: ui.assets.map((asset) => ({ url: assetUrl(ui.bundleUrl, asset.path), integrity: asset.integrity })),
      }),
    )
    .then((component) => {
      if (cancelled) return
      internal = new InternalHost({ container, component, runId, onMounted, onFailed })
      internal.render(propsOf(inputs))
      log({ kind: 'lifecycle', name: 'internal bundle evaluated' })
    })
    .catch((error: unknown) => {
      if (!cancelled) onFailed(error)
    })

  return {
    setInputs: (next) => {
      if (next === inputs) return
      inputs = next
      internal?.render(propsOf(next))
    },
    setTheme: (next) => {
      if (next === theme) return
      theme = next
      applyThemeToDocument(document, next.mode, next.vars)
      session.deliver('theme.change', { mode: next.mode })
    },
    destroy: () => {
      cancelled = true
      withdrawHostFetch()
      internal?.destroy()
    },
  }
}
