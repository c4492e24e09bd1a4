import { clampHeight, LIMITS, MAX_HOST_REPLY_BYTES, MAX_MESSAGES_PER_SECOND, stageTimeout, type Stage } from './limits'
import { runBridgeCall } from './bridgeCall'
import { Heartbeat } from './heartbeat'
import { isModuleErrorCode, ModuleError } from './moduleError'
import type { ModuleSession } from './moduleSession'
import {
  checkFrameMessage,
  createRateLimiter,
  jsonSize,
  PROTOCOL,
  type FrameMessage,
  type HostMessage,
  type InitMessage,
} from './protocol'
import type { HostLogEntry } from './types'
import { createFrameElement, FRAME_SANDBOX } from './frameElement'
import { framedHostEnded, framedHostStarted, prepareSpareFrameWhenIdle, takeSpareFrame } from './spareFrame'

export { FRAME_SANDBOX } from './frameElement'

export type IframeHostOptions = {
  container: HTMLElement
  /** The console's own frame page (a separate build entry), never the bundle URL. */
  frameUrl: string
  title: string
  init: Omit<InitMessage, 'v' | 'type' | 'protocol'>
  session: ModuleSession
  log: (entry: Omit<HostLogEntry, 'at'>) => void
  onMounted: () => void
  onFailed: (error: ModuleError) => void
}

type Distribute<T> = T extends unknown ? Omit<T, 'v'> : never

/**
 * One sandboxed iframe and its bridge (module-ui-contract §3, §4, §7): MessageChannel handshake, validated and rate-limited
 * messages, the lifecycle timers, and a teardown that leaves no iframe, port, timer or listener behind.
 */
export class IframeHost {
  private iframe: HTMLIFrameElement | null = null
  private readonly channel = new MessageChannel()
  private readonly timers = new Map<Stage | 'unmount', ReturnType<typeof setTimeout>>()
  private readonly heartbeat = new Heartbeat(
    (id) => this.post({ type: 'ping', id }),
    () =>
      this.fail(
        new ModuleError(
          'MODULE_CRASHED',
          `The module frame stopped answering for ${LIMITS.frameSilenceMs / 1000} s: it crashed or closed its connection.`,
        ),
      ),
  )
  private readonly callIds = new Set<number>()
  private readonly unsubscribers = new Map<string, () => void>()
  private readonly allow = createRateLimiter(MAX_MESSAGES_PER_SECOND)
  private loads = 0
  private ready = false
  private loaded = false
  private mounted = false
  private closed = false
  private drops = { count: 0, lastLogged: 0 }
  private unmountAck: (() => void) | null = null

  constructor(private readonly options: IframeHostOptions) {}

  /**
   * Puts the frame in the container: the spare one when it is ready (already loaded, so the init goes at once), else a
   * new one whose load sends the init (`spareFrame.ts`, decision 022).
   */
  start(): void {
    const { container, frameUrl, title } = this.options
    framedHostStarted()
    window.addEventListener('message', this.onWindowMessage)
    this.channel.port1.onmessage = this.onPortMessage
    // The frame's end closed or its document died (a crashed or discarded frame): §7 MODULE_CRASHED.
    this.channel.port1.addEventListener('close', this.onPortClosed)
    const spare = takeSpareFrame(frameUrl, container)
    const iframe = spare?.iframe ?? createFrameElement(frameUrl, title)
    this.iframe = iframe
    if (spare) iframe.title = title // a new frame has it from createFrameElement
    iframe.addEventListener('load', this.onLoad)
    if (!spare?.loaded) this.arm('frame load', LIMITS.frameLoadMs)
    if (!spare) container.append(iframe)
    this.options.log({
      kind: 'lifecycle',
      name: 'iframe inserted',
      detail: { src: frameUrl, sandbox: FRAME_SANDBOX, started: spare ? 'before the mount (spare frame)' : 'now' },
    })
    // A spare that has loaded already gets its init now; any other frame on its load.
    if (spare?.loaded) this.onLoad()
  }

  post(message: Distribute<HostMessage>): void {
    if (this.closed) return
    const full = { v: 1 as const, ...message }
    const size = jsonSize(full)
    if (size > MAX_HOST_REPLY_BYTES) {
      this.options.log({ kind: 'dropped', name: message.type, size, detail: 'host message over 8 MB' })
      // Every call gets exactly one reply (§4): an over-size answer becomes an error reply, never silence.
      if (message.type === 'reply')
        this.post({
          type: 'reply',
          id: message.id,
          ok: false,
          error: {
            code: 'REPLY_TOO_LARGE',
            message: `The answer is over ${MAX_HOST_REPLY_BYTES / 1024 / 1024} MB: page through the data.`,
          },
        })
      return
    }
    if (message.type !== 'ping') this.options.log({ kind: 'bridge-out', name: message.type, size, detail: full })
    this.channel.port1.postMessage(full)
  }

  /** Sends `unmount`, waits for `unmounted` (at most 3 s), then removes everything anyway. */
  async destroy(): Promise<void> {
    if (this.closed) return
    if (this.ready) {
      await new Promise<void>((resolve) => {
        this.unmountAck = resolve
        this.post({ type: 'unmount' })
        this.timers.set('unmount', setTimeout(resolve, LIMITS.unmountMs))
      })
    }
    this.teardown()
  }

  private onLoad = () => {
    this.loads += 1
    if (this.loads > 1) {
      // A second load means the frame navigated itself (§4.1).
      this.fail(new ModuleError('MODULE_CRASHED', 'The module navigated its frame away from the frame page.'))
      return
    }
    this.disarm('frame load')
    const init: InitMessage = { v: 1, type: 'init', protocol: PROTOCOL, ...this.options.init }
    this.options.log({ kind: 'bridge-out', name: 'init', size: jsonSize(init), detail: init })
    this.iframe?.contentWindow?.postMessage(init, '*', [this.channel.port2])
    this.arm('handshake', LIMITS.handshakeMs)
  }

  /** Before the handshake only a `fault` from this very frame (opaque origin) is read from window (§4). */
  private onWindowMessage = (event: MessageEvent) => {
    if (!this.iframe || event.source !== this.iframe.contentWindow || event.origin !== 'null' || this.ready) return
    const checked = checkFrameMessage(event.data)
    if (checked.ok && checked.message.type === 'fault') this.onFault(checked.message)
  }

  private onPortMessage = (event: MessageEvent) => {
    if (this.closed) return
    if (!this.allow()) return this.dropped('?', 0, 'more than 100 messages per second')
    const checked = checkFrameMessage(event.data)
    if (!checked.ok) return this.dropped(checked.type, checked.size, checked.reason)
    const message = checked.message
    if (!this.ready && message.type !== 'ready') return this.dropped(message.type, checked.size, 'before ready')
    if (message.type === 'pong') return this.heartbeat.answer(message.id)
    this.options.log({ kind: 'bridge-in', name: message.type, size: checked.size, detail: message })
    this.handle(message)
  }

  private handle(message: FrameMessage): void {
    switch (message.type) {
      case 'ready':
        if (this.ready) return
        if (message.protocol !== PROTOCOL || message.runId !== this.options.init.runId)
          return this.fail(
            new ModuleError('MODULE_CONTRACT_INVALID', 'The frame answered the handshake with another protocol or run.'),
          )
        this.ready = true
        window.removeEventListener('message', this.onWindowMessage)
        this.disarm('handshake')
        this.arm('fetch and verify', LIMITS.fetchVerifyMs)
        this.heartbeat.start()
        return
      case 'loaded':
        // The component is resolved: fetch + verify is over and the mount limit (3 s) runs on its own (§7).
        if (this.loaded || this.mounted) return
        this.loaded = true
        this.disarm('fetch and verify')
        this.arm('mount', LIMITS.mountMs)
        return
      case 'mounted':
        if (this.mounted) return
        this.mounted = true
        this.disarm('fetch and verify')
        this.disarm('mount')
        this.options.onMounted()
        // The next mount's frame starts now, once this module is on screen (decision 022).
        prepareSpareFrameWhenIdle(this.options.frameUrl)
        return
      case 'call':
        return this.onCall(message)
      case 'subscribe':
        if (!this.unsubscribers.has(message.event))
          this.unsubscribers.set(
            message.event,
            this.options.session.subscribe(message.event, (payload) =>
              this.post({ type: 'event', event: message.event, payload }),
            ),
          )
        return
      case 'unsubscribe':
        this.unsubscribers.get(message.event)?.()
        this.unsubscribers.delete(message.event)
        return
      case 'resize':
        // The frame sizes itself to its content, within bounds; the page around it simply follows the iframe.
        if (this.iframe) this.iframe.style.height = `${clampHeight(message.height)}px`
        return
      case 'fault':
        return this.onFault(message)
      case 'unmounted':
        this.unmountAck?.()
        return
    }
  }

  private onCall(message: Extract<FrameMessage, { type: 'call' }>): void {
    if (this.callIds.has(message.id)) return this.dropped('call', 0, `duplicate call id ${message.id}`)
    this.callIds.add(message.id)
    const started = performance.now()
    const work = runBridgeCall(this.options.session, message)
    const fail = (error: unknown) =>
      this.post({ type: 'reply', id: message.id, ok: false, error: { code: 'HOST_ERROR', message: String(error) } })
    work.then((value) => {
      this.options.log({
        kind: 'call',
        name: message.method,
        detail: { args: message.args, value },
        durationMs: Math.round(performance.now() - started),
      })
      try {
        this.post({ type: 'reply', id: message.id, ok: true, ...(value === undefined ? {} : { value }) })
      } catch (error) {
        fail(error)
      }
    }, fail)
  }

  private onFault(message: Extract<FrameMessage, { type: 'fault' }>): void {
    const code = isModuleErrorCode(message.code) ? message.code : 'MODULE_CRASHED'
    this.fail(new ModuleError(code, message.message, message.details, message.hints ?? []))
  }

  private onPortClosed = () => {
    // While tearing down, a frame that goes away (its page left with it) counts as the unmount ack.
    if (this.unmountAck) return this.unmountAck()
    this.fail(new ModuleError('MODULE_CRASHED', 'The module frame closed its connection to the console (the frame ended).'))
  }

  private dropped(type: string, size: number, reason: string): void {
    // A flood must not flood the log too: the first few drops in full, then one summary a second.
    this.drops.count += 1
    const now = performance.now()
    if (this.drops.count <= 5 || now - this.drops.lastLogged > 1000) {
      this.drops.lastLogged = now
      this.options.log({ kind: 'dropped', name: type, size, detail: `${reason} (${this.drops.count} dropped so far)` })
    }
  }

  private arm(stage: Stage, ms: number): void {
    this.timers.set(
      stage,
      setTimeout(() => this.fail(stageTimeout(stage, ms)), ms),
    )
  }

  private disarm(stage: Stage): void {
    clearTimeout(this.timers.get(stage))
    this.timers.delete(stage)
  }

  private fail(error: ModuleError): void {
    if (this.closed) return
    this.options.log({ kind: 'lifecycle', name: `failed: ${error.code}`, detail: error.message })
    this.teardown()
    this.options.onFailed(error)
  }

  /** Removes the iframe, closes port1, clears every timer and listener, ends subscriptions (§7). */
  private teardown(): void {
    if (this.closed) return
    this.closed = true
    this.heartbeat.stop()
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    window.removeEventListener('message', this.onWindowMessage)
    this.iframe?.removeEventListener('load', this.onLoad)
    this.channel.port1.onmessage = null
    this.channel.port1.removeEventListener('close', this.onPortClosed)
    this.channel.port1.close()
    for (const unsubscribe of this.unsubscribers.values()) unsubscribe()
    this.unsubscribers.clear()
    if (!this.iframe) return
    this.iframe.remove()
    framedHostEnded()
  }
}
