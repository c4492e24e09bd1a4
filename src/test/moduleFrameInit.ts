import type { IframeHostOptions } from '@/shared/module-host/iframeHost'

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
