import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { sessionActions } from '@/shared/stores/sessionStore'
import { FRAME_SANDBOX } from './frameElement'
import { FRAME, logged, mount, realSetImmediate, TOKEN, until } from '@/test/iframeHostTesting'

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
