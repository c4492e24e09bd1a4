import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { sessionActions } from '@/shared/stores/sessionStore'
import { FRAME_SANDBOX, IframeHost } from './iframeHost'
import { frameHostOptions } from '@/test/moduleFrameInit'

const FRAME = 'http://localhost:3000/module-frame/v1.html'
const TOKEN = 'access-token-that-must-never-cross'

function mount() {
  const container = document.createElement('div')
  document.body.append(container)
  const { options, failed, mounted, log, session } = frameHostOptions(FRAME, container, 'run-1', { a: 1 })
  const host = new IframeHost(options)
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

// Port messages arrive on later turns of the event loop; fake timers stop waitFor's polling, so turn the loop by hand.
const realSetImmediate = (globalThis as unknown as { setImmediate: (callback: () => void) => void }).setImmediate
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn++) await new Promise<void>((resolve) => realSetImmediate(resolve))
  expect(condition()).toBe(true)
}
const logged = (log: ReturnType<typeof vi.fn>, name: string) => () =>
  log.mock.calls.some(
    ([entry]) => (entry as { kind?: string; name?: string }).kind === 'bridge-in' && (entry as { name?: string }).name === name,
  )

/** The replies a frame's port receives; it acknowledges the unmount as a frame would. */
function repliesOn(port: MessagePort): unknown[] {
  const replies: unknown[] = []
  port.onmessage = (event) => {
    const type = (event.data as { type?: string }).type
    if (type === 'reply') replies.push(event.data)
    if (type === 'unmount') port.postMessage({ v: 1, type: 'unmounted' })
  }
  return replies
}

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

  it('posts an init without secrets on the first load and times the handshake out after 5 s', async () => {
    // The frame page is there (the host asks once the handshake has timed out): the timeout is the cause.
    server.use(http.get(FRAME, () => new HttpResponse('<!doctype html>', { headers: { 'Content-Type': 'text/html' } })))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    sessionActions().signedIn({ access_token: TOKEN, refresh_token: 'refresh-secret', expires_in: 3600 })
    const { failed, load, frame } = mount()
    load()
    const text = JSON.stringify(frame().message)
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain('refresh-secret')
    expect(frame().message).toMatchObject({ v: 1, type: 'init', protocol: 1, runId: 'run-1', dev: false })
    vi.advanceTimersByTime(4_999)
    expect(failed).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    vi.useRealTimers()
    await waitFor(() => expect(failed).toHaveBeenCalled())
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_LOAD_TIMEOUT')
    sessionActions().signedOut()
  })

  it('names a frame page that answers 404 (or cannot be reached) MODULE_NOT_FOUND rather than a handshake timeout', async () => {
    for (const [answer, expected] of [
      [() => new HttpResponse('Not found', { status: 404 }), /answered HTTP 404/],
      [() => HttpResponse.error(), /could not be reached/],
    ] as const) {
      server.use(http.get(FRAME, answer))
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const { failed, load, iframe } = mount()
      // A 404 page loads like any other: the init goes out and nobody answers it.
      load()
      vi.advanceTimersByTime(5_000)
      vi.useRealTimers()
      expect(iframe.isConnected).toBe(false)
      await waitFor(() => expect(failed).toHaveBeenCalled())
      expect(failed.mock.calls[0]?.[0]).toMatchObject({ code: 'MODULE_NOT_FOUND', message: expect.stringMatching(expected) })
    }
  })

  it('times the fetch, verify and mount stages out once ready has arrived', async () => {
    const { failed, load, frame, log } = mount()
    load()
    vi.useFakeTimers()
    frame().port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    await until(logged(log, 'ready'))
    vi.advanceTimersByTime(15_000)
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
    await waitFor(() => expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'dropped', name: 'mounted' })))
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
    await waitFor(() => expect(iframe.style.height).toBe('4000px'))
    expect(mounted).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'dropped', name: 'exfiltrate' })))
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

  it('runs the 3 s mount limit on its own once the frame reports the component loaded', async () => {
    const { failed, load, frame, log } = mount()
    load()
    vi.useFakeTimers()
    const port = frame().port
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    await until(logged(log, 'ready'))
    vi.advanceTimersByTime(14_000)
    port.postMessage({ v: 1, type: 'loaded', runId: 'run-1' })
    await until(logged(log, 'loaded'))
    // The fetch + verify limit no longer applies; the mount limit does, and is named.
    vi.advanceTimersByTime(2_999)
    expect(failed).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(failed.mock.calls[0]?.[0]).toMatchObject({
      code: 'MODULE_LOAD_TIMEOUT',
      message: expect.stringMatching(/mount stage/),
    })
  })

  it('answers every call exactly once: an answer over 8 MB becomes an error reply', async () => {
    const { load, frame, host, session } = mount()
    load()
    const port = frame().port
    const replies = repliesOn(port)
    vi.spyOn(session, 'hostFetch').mockResolvedValue({
      status: 200,
      contentType: 'application/json',
      body: 'x'.repeat(9 * 1024 * 1024),
    })
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    port.postMessage({ v: 1, type: 'call', id: 7, method: 'hostFetch', args: ['/v1/module-runs/run-1'] })
    await waitFor(() => expect(replies).toHaveLength(1))
    expect(replies[0]).toMatchObject({ type: 'reply', id: 7, ok: false, error: { code: 'REPLY_TOO_LARGE' } })
    await host.destroy()
  })

  it('answers a call it will not take instead of dropping it: over 256 KB, or not a valid call', async () => {
    const { load, frame, host, log } = mount()
    load()
    const port = frame().port
    const replies = repliesOn(port)
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    port.postMessage({ v: 1, type: 'call', id: 1, method: 'emit', args: ['big', 'x'.repeat(300 * 1024)] })
    port.postMessage({ v: 1, type: 'call', id: 2, method: 'eval', args: ['alert(1)'] })
    // Without a usable id there is no call to answer: dropped and logged only.
    port.postMessage({ v: 1, type: 'call', id: 'three', method: 'emit', args: [] })
    port.postMessage({ v: 1, type: 'call', id: 4, method: 'emit', args: ['ok', null] })
    await waitFor(() => expect(replies).toHaveLength(3))
    expect(replies).toEqual([
      expect.objectContaining({ id: 1, ok: false, error: expect.objectContaining({ code: 'CALL_TOO_LARGE' }) }),
      expect.objectContaining({ id: 2, ok: false, error: expect.objectContaining({ code: 'MODULE_CONTRACT_INVALID' }) }),
      expect.objectContaining({ id: 4, ok: true }),
    ])
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ kind: 'dropped', name: 'call' }))
    await host.destroy()
  })

  it('answers calls over 100 messages a second with RATE_LIMITED, exactly one reply per call', async () => {
    const { load, frame, host } = mount()
    load()
    const port = frame().port
    const replies = repliesOn(port) as { id: number; ok: boolean; error?: { code: string } }[]
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    for (let id = 1; id <= 120; id++) port.postMessage({ v: 1, type: 'call', id, method: 'emit', args: ['tick', null] })
    await waitFor(() => expect(replies).toHaveLength(120))
    expect(new Set(replies.map((reply) => reply.id)).size).toBe(120)
    const limited = replies.filter((reply) => reply.error?.code === 'RATE_LIMITED')
    expect(limited.length).toBeGreaterThanOrEqual(21)
    expect(limited.every((reply) => !reply.ok)).toBe(true)
    // A second later the frame may talk again (its unmount ack would otherwise be limited too).
    const later = performance.now() + 1000
    vi.spyOn(performance, 'now').mockReturnValue(later)
    await host.destroy()
    vi.mocked(performance.now).mockRestore()
  })

  it('answers a call whose handler throws with an error reply', async () => {
    const { load, frame, host, session } = mount()
    load()
    const port = frame().port
    const replies = repliesOn(port)
    vi.spyOn(session, 'emit').mockImplementation(() => {
      throw new Error('handler broke')
    })
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    port.postMessage({ v: 1, type: 'call', id: 8, method: 'emit', args: ['x', null] })
    await waitFor(() => expect(replies).toHaveLength(1))
    expect(replies[0]).toMatchObject({ id: 8, ok: false, error: { code: 'HOST_ERROR' } })
    await host.destroy()
  })

  it('treats a closed port (the frame ended) as MODULE_CRASHED', async () => {
    const { failed, load, frame, iframe } = mount()
    load()
    frame().port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    frame().port.close()
    await waitFor(() => expect(failed).toHaveBeenCalled())
    expect(failed.mock.calls[0]?.[0].code).toBe('MODULE_CRASHED')
    expect(iframe.isConnected).toBe(false)
  })

  it('passes the frame’s hints on to the card', async () => {
    const { failed, load, frame } = mount()
    load()
    const port = frame().port
    port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
    port.postMessage({ v: 1, type: 'fault', code: 'MODULE_CRASHED', message: 'x', hints: ['add antd@5 to ui.globals'] })
    await waitFor(() => expect(failed).toHaveBeenCalled())
    expect(failed.mock.calls[0]?.[0].hints).toEqual(['add antd@5 to ui.globals'])
  })

  it('ends a frame that stops answering its pings (crashed, port closed) with MODULE_CRASHED; a live one stays', async () => {
    vi.useFakeTimers()
    const live = mount()
    const dead = mount()
    for (const host of [live, dead]) {
      host.load()
      host.frame().port.postMessage({ v: 1, type: 'ready', protocol: 1, runtimeVersion: 'react@19', runId: 'run-1' })
      host.frame().port.postMessage({ v: 1, type: 'loaded', runId: 'run-1' })
      host.frame().port.postMessage({ v: 1, type: 'mounted', runId: 'run-1' })
      await until(() => host.mounted.mock.calls.length === 1)
    }
    const livePort = live.frame().port
    livePort.onmessage = (event) => {
      const message = event.data as { type?: string; id?: number }
      if (message.type === 'ping') livePort.postMessage({ v: 1, type: 'pong', id: message.id })
    }
    let pings = 0
    const answer = livePort.onmessage
    livePort.onmessage = (event) => {
      if ((event.data as { type?: string }).type === 'ping') pings += 1
      answer.call(livePort, event)
    }
    for (let beat = 1; beat <= 8; beat++) {
      vi.advanceTimersByTime(5_000)
      await until(() => pings >= Math.min(beat, 8) || dead.failed.mock.calls.length > 0)
      // The live frame's pong reaches the host a few turns of the event loop later.
      for (let turn = 0; turn < 20; turn++) await new Promise<void>((resolve) => realSetImmediate(resolve))
    }
    expect(dead.failed.mock.calls[0]?.[0]).toMatchObject({
      code: 'MODULE_CRASHED',
      message: expect.stringMatching(/stopped answering/),
    })
    expect(live.failed).not.toHaveBeenCalled()
    vi.useRealTimers()
    live.frame().port.onmessage = (event) =>
      (event.data as { type?: string }).type === 'unmount' && livePort.postMessage({ v: 1, type: 'unmounted' })
    await live.host.destroy()
  })
})
