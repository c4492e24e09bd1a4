import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ComponentType } from 'react'
import type { HostMessage } from '@/shared/module-host/protocol'
import type { ModuleUIProps } from '@/shared/module-host/types'
import { frameInit } from '@/test/moduleFrameInit'
import { loadModule, type LoadedModule } from './loadModule'
import { runFrame } from './runFrame'

// The bundle's fetch, verification and evaluation are played by the test: it decides when the load ends.
vi.mock('./loadModule', () => ({ loadModule: vi.fn() }))

/** A module UI that shows what it was mounted with: its inputs, its result and the theme the document has. */
function Report(props: Record<string, unknown>) {
  const { inputData, results } = props as unknown as ModuleUIProps
  return (
    <div>
      <p>Sample: {String(inputData.sample)}</p>
      <p>Result: {results?.status ?? 'none yet'}</p>
      <p>Theme: {document.body.className}</p>
    </div>
  )
}

const SUCCESS = { status: 'success', results: [], summary: { peptides: 12 } }
type Sent = HostMessage extends infer T ? (T extends unknown ? Omit<T, 'v'> : never) : never

/** Starts the frame runtime on a port of its own; the test holds the host's end and the load. */
function startFrame() {
  const channel = new MessageChannel()
  const received: { type: string }[] = []
  channel.port1.onmessage = (event: MessageEvent<{ type: string }>) => void received.push(event.data)
  let finishLoad: (component: ComponentType<Record<string, unknown>>) => void = () => undefined
  const loading = new Promise<LoadedModule>((resolve) => {
    finishLoad = (component) => resolve({ component, observed: { missingGlobals: [], root: null } })
  })
  vi.mocked(loadModule).mockReturnValue(loading)
  void runFrame({ v: 1, type: 'init', protocol: 1, ...frameInit('run-1', { sample: 'PT-0117' }) }, channel.port2)
  const send = (message: Sent) => channel.port1.postMessage({ v: 1, ...message })
  const types = () => received.map((message) => message.type)
  return { send, types, finishLoad, loadSignal: () => vi.mocked(loadModule).mock.calls[0]?.[1] }
}

const realFetch = window.fetch
beforeEach(() => {
  document.body.innerHTML = '<div id="module-mount"></div>'
  document.body.className = ''
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  )
})
afterEach(() => {
  // The frame runtime routes the page's fetch through hostFetch; other tests need the real one back.
  window.fetch = realFetch
  delete (window as { hostFetch?: unknown }).hostFetch
  vi.unstubAllGlobals()
  vi.mocked(loadModule).mockReset()
})

describe('the frame runtime while the module still loads (module-ui-contract §4)', () => {
  it('mounts the module with the props and theme the host sent before it had mounted', async () => {
    const frame = startFrame()
    await waitFor(() => expect(frame.types()).toContain('ready'))
    // The run ends and the console switches to dark while the bundle is still being fetched.
    frame.send({ type: 'props', inputData: { sample: 'PT-0142' }, results: SUCCESS })
    frame.send({ type: 'theme', mode: 'dark', vars: { '--ant-color-primary': '#90caf9' } })
    frame.send({ type: 'props', inputData: { sample: 'PT-0142' } })
    await new Promise((resolve) => setTimeout(resolve, 0))
    frame.finishLoad(Report)

    expect(await screen.findByText('Sample: PT-0142')).toBeInTheDocument()
    // The later update without results keeps the results the host had sent.
    expect(screen.getByText('Result: success')).toBeInTheDocument()
    expect(screen.getByText('Theme: dark-theme')).toBeInTheDocument()
    expect(document.documentElement.style.getPropertyValue('--ant-color-primary')).toBe('#90caf9')
    await waitFor(() => expect(frame.types()).toContain('mounted'))
    frame.send({ type: 'unmount' })
    await waitFor(() => expect(frame.types()).toContain('unmounted'))
  })

  it('answers an unmount that arrives during the load at once, stops the load and never mounts the module', async () => {
    const frame = startFrame()
    await waitFor(() => expect(frame.types()).toContain('ready'))
    frame.send({ type: 'unmount' })
    await waitFor(() => expect(frame.types()).toContain('unmounted'))
    expect(frame.loadSignal()?.aborted).toBe(true)

    frame.finishLoad(Report)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByText(/^Sample:/)).not.toBeInTheDocument()
    expect(frame.types()).not.toContain('loaded')
    expect(frame.types()).not.toContain('mounted')
    expect(frame.types()).not.toContain('fault')
  })
})

/** A module UI that starts a run with the parameters it is given and shows how the call ended. */
function Launcher({ parameters }: { parameters: Record<string, unknown> }) {
  return function LauncherUi(props: Record<string, unknown>) {
    const { onExecute } = props as unknown as ModuleUIProps
    const [outcome, setOutcome] = useState('not started')
    const start = () =>
      void onExecute(parameters).then(
        (envelope) => setOutcome(envelope.status === 'error' ? `error ${envelope.error.type}` : 'success'),
        () => setOutcome('rejected'),
      )
    return (
      <div>
        <button type="button" onClick={start}>
          Start
        </button>
        <p>Outcome: {outcome}</p>
      </div>
    )
  }
}

describe('onExecute in the frame (module-ui-contract §2, §4)', () => {
  it('resolves an error envelope, never a rejection, for a call too large to cross the bridge or one the host refuses', async () => {
    const frame = startFrame()
    frame.finishLoad(Launcher({ parameters: { sequence: 'A'.repeat(300 * 1024) } }))
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }))
    expect(await screen.findByText('Outcome: error CALL_TOO_LARGE')).toBeInTheDocument()
    expect(frame.types()).not.toContain('call')
    frame.send({ type: 'unmount' })
    await waitFor(() => expect(frame.types()).toContain('unmounted'))
  })

  it('resolves the host’s refusal (RATE_LIMITED) as an error envelope too', async () => {
    const frame = startFrame()
    frame.finishLoad(Launcher({ parameters: { tissue: 'liver' } }))
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }))
    await waitFor(() => expect(frame.types()).toContain('call'))
    frame.send({ type: 'reply', id: 1, ok: false, error: { code: 'RATE_LIMITED', message: 'Too many messages.' } })
    expect(await screen.findByText('Outcome: error RATE_LIMITED')).toBeInTheDocument()
    frame.send({ type: 'unmount' })
    await waitFor(() => expect(frame.types()).toContain('unmounted'))
  })
})
