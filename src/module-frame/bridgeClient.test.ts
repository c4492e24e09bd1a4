import { BridgeCallError, BridgeClient } from './bridgeClient'

/** A bridge on one end of a channel; the test is the host on the other. */
function connect() {
  const channel = new MessageChannel()
  const sent: { type: string; id?: number }[] = []
  channel.port1.onmessage = (event: MessageEvent<{ type: string; id?: number }>) => void sent.push(event.data)
  return { bridge: new BridgeClient(channel.port2), sent, host: channel.port1 }
}
const turn = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('the frame’s bridge calls (module-ui-contract §4)', () => {
  it('refuses a call over 256 KB itself, at once and with its reason, and sends nothing the host would drop', async () => {
    const { bridge, sent } = connect()
    const call = bridge.call('hostFetch', ['/v1/module-runs', { method: 'POST', body: { text: 'x'.repeat(300 * 1024) } }])
    await expect(call).rejects.toMatchObject({ code: 'CALL_TOO_LARGE', message: expect.stringMatching(/256 KB/) })
    await turn()
    expect(sent).toEqual([])
  })

  it('settles a refused call with the host’s error code', async () => {
    const { bridge, sent, host } = connect()
    const call = bridge.call('emit', ['tick', null])
    await turn()
    expect(sent).toEqual([expect.objectContaining({ type: 'call', id: 1 })])
    host.postMessage({ v: 1, type: 'reply', id: 1, ok: false, error: { code: 'RATE_LIMITED', message: 'Too many calls.' } })
    const error = await call.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BridgeCallError)
    expect(error).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many calls.' })
  })
})
