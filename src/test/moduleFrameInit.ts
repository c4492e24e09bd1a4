import type { IframeHostOptions } from '@/shared/module-host/iframeHost'
import type { ModuleError } from '@/shared/module-host/moduleError'
import { ModuleSession } from '@/shared/module-host/moduleSession'

/** An iframe host's init for the tests: the demo report bundle, community tier, light theme. */
export const frameInit = (runId: string, inputData: Record<string, unknown> = {}): IframeHostOptions['init'] => ({
  runId,
  module: { name: 'immunopeptidome-report', version: '2.0.3' },
  tier: 'community',
  bundleUrl: 'http://localhost:3000/module-bundles/x/bundle.js',
  integrity: `sha384-${'A'.repeat(64)}`,
  assets: [],
  runtime: 'react@19',
  globals: [],
  theme: { mode: 'light', vars: {} },
  props: { inputData, initialParams: inputData },
  dev: false,
})

/**
 * Everything an iframe host of the report module needs for `runId` in `container`, on the frame page `frameUrl`, with
 * its log, session and outcome callbacks as mocks to read back.
 */
export function frameHostOptions(frameUrl: string, container: HTMLElement, runId: string, inputData?: Record<string, unknown>) {
  const log = vi.fn()
  const mounted = vi.fn()
  const failed = vi.fn<(error: ModuleError) => void>()
  const session = new ModuleSession({
    module: { id: 'immunopeptidome-report', name: 'immunopeptidome-report', version: '2.0.3' },
    runId,
    uiOnlyRun: false,
    log,
    showNotice: vi.fn(),
  })
  const options: IframeHostOptions = {
    container,
    frameUrl,
    title: 'Report (module UI)',
    init: frameInit(runId, inputData),
    session,
    log,
    onMounted: mounted,
    onFailed: failed,
  }
  return { options, log, mounted, failed, session }
}
