import { sessionActions } from '@/shared/stores/sessionStore'
import { FRAME_SANDBOX, IframeHost } from './iframeHost'
import { ModuleSession } from './moduleSession'
import type { ModuleError } from './moduleError'

const FRAME = 'http://localhost:3000/module-frame/v1.html'
const TOKEN = 'access-token-that-must-never-cross'

function mount() {
  const container = document.createElement('div')
  document.body.append(container)
  const failed = vi.fn<(error: ModuleError) => void>()
  const mounted = vi.fn()
  const log = vi.fn()
  const session = new ModuleSession({
    module: { id: 'immunopeptidome-report', name: 'immunopeptidome-report', version: '2.0.3' },
    runId: 'run-1',
    uiOnlyRun: false,
    log,
    showNotice: vi.fn(),
  })
  const host = new IframeHost({
    container,
    frameUrl: FRAME,
    title: 'Report (module UI)',
    init: {
      runId: 'run-1',
      module: { name: 'immunopeptidome-report', version: '2.0.3' },
      tier: 'community',
      bundleUrl: 'http://localhost:3000/module-bundles/x/bundle.js',
      integrity: `sha384-${'A'.repeat(64)}`,
      assets: [],
      runtime: 'react@19',
      globals: [],
      theme: { mode: 'light', vars: {} },
      props: { inputData: { a: 1 }, initialParams: { a: 1 } },
      dev: false,
    },
    session,
    log,
    onMounted: mounted,
    onFailed: failed,
    onHeight: vi.fn(),
  })
  host.start()
  const iframe = container.querySelector('iframe')!
  let sent: { message: unknown; port: MessagePort } | null = null
  vi.spyOn(iframe.contentWindow!, 'postMessage').mockImplementation(((
    message: unknown,
    _origin: string,
    transfer: MessagePort[],
  ) => {
    sent = { message, port: transfer[0]! }
  }) as typeof window.postMessage)
  const load = () => iframe.dispatchEvent(new Event('load'))
  const frame = () => sent!
  return { host, iframe, failed, mounted, log, load, frame, container, session }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the iframe host (module-ui-contract §3, §4, §7)', () => {
  it('inserts exactly the contract’s iframe on the console’s frame page', () => {
    const { iframe, host } = mount()
    expect(iframe.getAttribute('sandbox')).toBe('allow-scripts allow-forms')
    expect(FRAME_SANDBOX).toBe('allow-scripts allow-forms')
    expect(iframe.getAttribute('allow')).toBe('')
    expect(iframe.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(iframe.src).toBe(FRAME)
    void host.destroy()
  })

  it('gives up with MODULE_LOAD_TIMEOUT when the frame page does not load in 15 s, and removes the iframe', () => {
    vi.useFakeTimers()
    const { failed, container } = mount()
    vi.advanceTimersByTime(14_999)
    expect(failed).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_LOAD_TIMEOUT')
    expect(container.querySelector('iframe')).toBeNull()
  })

  it('posts an init without secrets on the first load and times the handshake out after 5 s', () => {
    vi.useFakeTimers()
    sessionActions().signedIn({ access_token: TOKEN, refresh_token: 'refresh-secret', expires_in: 3600 })
    const { failed, load, frame } = mount()
    load()
    const text = JSON.stringify(frame().message)
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain('refresh-secret')
    expect(frame().message).toMatchObject({ v: 1, type: 'init', protocol: 1, runId: 'run-1', dev: false })
    vi.advanceTimersByTime(5_000)
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_LOAD_TIMEOUT')
    sessionActions().signedOut()
  })

  it('times the fetch, verify and mount stages out once ready has arrived', async () => {
    const { failed, load, frame, log } = mount()
    load()
    vi.useFakeTimers()
    frame().port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'bridge-in', name: 'ready' })))
    vi.advanceTimersByTime(18_000)
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_LOAD_TIMEOUT')
  })

  it('treats a second load as the frame navigating away: MODULE_CRASHED', () => {
    const { failed, load } = mount()
    load()
    load()
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_CRASHED')
  })

  it('drops port messages before ready and reads window messages only from its own frame', async () => {
    const { failed, mounted, load, frame, log, iframe, host } = mount()
    load()
    frame().port.postMessage({ v: 1, type: 'mounted', runId: 'run-1' })
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'dropped', name: 'mounted' })))
    expect(mounted).not.toHaveBeenCalled()
    const fault = { v: 1, type: 'fault', code: 'MODULE_SRI_MISMATCH', message: 'digest differs' }
    window.dispatchEvent(new MessageEvent('message', { data: fault, source: window, origin: 'null' }))
    window.dispatchEvent(
      new MessageEvent('message', { data: fault, source: iframe.contentWindow, origin: 'http://evil.example' }),
    )
    expect(failed).not.toHaveBeenCalled()
    window.dispatchEvent(new MessageEvent('message', { data: fault, source: iframe.contentWindow, origin: 'null' }))
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_SRI_MISMATCH')
    await host.destroy()
  })

  it('clamps the reported height and answers mounted; oversized and unknown messages are dropped', async () => {
    const { mounted, load, frame, log, iframe, host } = mount()
    load()
    const port = frame().port
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    port.postMessage({ v: 1, type: 'mounted', runId: 'run-1' })
    port.postMessage({ v: 1, type: 'resize', height: 99_999 })
    port.postMessage({ v: 1, type: 'call', id: 1, method: 'emit', args: ['big', 'x'.repeat(300 * 1024)] })
    port.postMessage({ v: 1, type: 'exfiltrate' })
    await vi.waitFor(() => expect(iframe.style.height).toBe('4000px'))
    expect(mounted).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'dropped', name: 'exfiltrate' })))
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'dropped', name: 'call', detail: expect.stringContaining('over 256 KB') }),
    )
    // Teardown: unmount → unmounted ack → iframe removed well before the 3 s limit.
    port.onmessage = (event) =>
      (event.data as { type?: string }).type === 'unmount' && port.postMessage({ v: 1, type: 'unmounted' })
    const started = performance.now()
    await host.destroy()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(iframe.isConnected).toBe(false)
  })
})
