import { frameHostOptions } from './moduleFrameInit'
import { IframeHost } from '@/shared/module-host/iframeHost'

/** Test helpers of the iframe host's unit tests: a host mounted in jsdom, its frame's port, and the loop turned by hand. */
export const FRAME = 'http://localhost:3000/module-frame/v1.html'
export const TOKEN = 'access-token-that-must-never-cross'

export function mount() {
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

// Port messages arrive on later turns of the event loop; fake timers stop waitFor's polling, so turn the loop by hand.
export const realSetImmediate = (globalThis as unknown as { setImmediate: (callback: () => void) => void }).setImmediate
export async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn++) await new Promise<void>((resolve) => realSetImmediate(resolve))
  expect(condition()).toBe(true)
}
export const logged = (log: ReturnType<typeof vi.fn>, name: string) => () =>
  log.mock.calls.some(
    ([entry]) => (entry as { kind?: string; name?: string }).kind === 'bridge-in' && (entry as { name?: string }).name === name,
  )

/** The replies a frame's port receives; it acknowledges the unmount as a frame would. */
export function repliesOn(port: MessagePort): unknown[] {
  const replies: unknown[] = []
  port.onmessage = (event) => {
    const type = (event.data as { type?: string }).type
    if (type === 'reply') replies.push(event.data)
    if (type === 'unmount') port.postMessage({ v: 1, type: 'unmounted' })
  }
  return replies
}
