import { isUiOnlyRun } from './uiOnlyRun'

// The demo's UI-only module (mocks/fixtures/withUiManifests.ts, peptide-atlas-explorer).
const BROWSER = { execution: { entrypoint: 'ui-only', runtime: 'browser', modes: ['interactive'] } }
const RUNNING = { mode: 'interactive', status: 'running' }

describe('isUiOnlyRun: the runs the module UI ends itself (module-ui-contract §2)', () => {
  it('is a running interactive run of a with-ui module whose version runs in the browser', () => {
    expect(isUiOnlyRun('with-ui', BROWSER, RUNNING)).toBe(true)
    expect(isUiOnlyRun('with-ui', BROWSER, { mode: 'interactive', status: 'queued' })).toBe(true)
    // Either sign of a browser-only version is enough.
    expect(isUiOnlyRun('with-ui', { execution: { runtime: 'browser' } }, RUNNING)).toBe(true)
    expect(isUiOnlyRun('with-ui', { execution: { entrypoint: 'ui-only' } }, RUNNING)).toBe(true)
  })

  it('is no run that finishes on its own, nor one that has ended, nor the absence of a run', () => {
    const container = { execution: { entrypoint: 'python -m report', runtime: 'python3.11' } }
    expect(isUiOnlyRun('with-ui', container, RUNNING)).toBe(false)
    expect(isUiOnlyRun('no-ui', BROWSER, RUNNING)).toBe(false)
    expect(isUiOnlyRun(undefined, BROWSER, RUNNING)).toBe(false)
    expect(isUiOnlyRun('with-ui', BROWSER, { mode: 'async', status: 'running' })).toBe(false)
    expect(isUiOnlyRun('with-ui', BROWSER, { mode: 'workflow', status: 'running' })).toBe(false)
    for (const status of ['completed', 'failed', 'cancelled'])
      expect(isUiOnlyRun('with-ui', BROWSER, { mode: 'interactive', status })).toBe(false)
    expect(isUiOnlyRun('with-ui', BROWSER, undefined)).toBe(false)
    expect(isUiOnlyRun('with-ui', undefined, RUNNING)).toBe(false)
    expect(isUiOnlyRun('with-ui', { execution: 'browser' }, RUNNING)).toBe(false)
  })
})
