import { waitFor } from '@testing-library/react'
import { mount, repliesOn } from '@/test/iframeHostTesting'

afterEach(() => {
  vi.useRealTimers()
})

describe('the iframe host’s replies to calls (module-ui-contract §4: exactly one reply per call)', () => {
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
})
