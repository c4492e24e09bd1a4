import { clampHeight, LIMITS, MAX_HOST_REPLY_BYTES, MAX_MESSAGES_PER_SECOND, stageTimeout, type Stage } from './limits'
import { answerBridgeCall } from './bridgeCall'
import { explainFrameSilence } from './bundleProbe'
import { createDropLog } from './dropLog'
import { Heartbeat } from './heartbeat'
import { isModuleErrorCode, ModuleError } from './moduleError'
import type { ModuleSession } from './moduleSession'
import {
  CALL_REFUSED,
  callIdOf,
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

const FRAME_SILENT = `The module frame stopped answering for ${LIMITS.frameSilenceMs / 1000} s: it crashed or closed its connection.`

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
    () => this.fail(new ModuleError('MODULE_CRASHED', FRAME_SILENT)),
  )
  private readonly callIds = new Set<number>()
  private readonly unsubscribers = new Map<string, () => void>()
  private readonly allow = createRateLimiter(MAX_MESSAGES_PER_SECOND)
  private loads = 0
  private ready = false
  private loaded = false
  private mounted = false
  private closed = false
  /** `destroy()` was called: the page has let the module go, so nothing is reported any more. */
  private released = false
  private readonly dropped = createDropLog((entry) => this.options.log(entry))
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
    this.released = true
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
    if (!this.allow()) return this.refuse(event.data, CALL_REFUSED.rateLimited, 'more than 100 messages per second')
    const checked = checkFrameMessage(event.data)
    if (!checked.ok) return this.refuse(event.data, checked.code, checked.reason, checked.type, checked.size)
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
    answerBridgeCall(this.options.session, message, (reply) => this.post(reply), this.options.log)
  }

  /**
   * Drops a message the host does not take, and answers it when it is a call (§4: exactly one reply per call), so the
   * module's promise settles. Not before `ready` (nothing is read then), nor for an id already used: that reply would
   * settle another call.
   */
  private refuse(data: unknown, code: string, reason: string, type = '?', size = 0): void {
    this.dropped(type, size, reason)
    const id = callIdOf(data)
    if (id === null || !this.ready || this.callIds.has(id)) return
    this.callIds.add(id)
    this.post({ type: 'reply', id, ok: false, error: { code, message: `The console refused the call: ${reason}.` } })
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

  private arm(stage: Stage, ms: number): void {
    const timer = setTimeout(() => this.expire(stage, ms), ms)
    this.timers.set(stage, timer)
  }

  /**
   * A stage ran out of time. A frame page that loaded but never answered the init may be missing (a 403 or 404 page
   * loads too) or its server gone: §7 calls that MODULE_NOT_FOUND, so the page is asked before the timeout is named.
   */
  private expire(stage: Stage, ms: number): void {
    if (stage !== 'handshake') return this.fail(stageTimeout(stage, ms))
    this.teardown()
    void explainFrameSilence(this.options.frameUrl, stageTimeout(stage, ms)).then((error) => this.report(error))
  }

  private disarm(stage: Stage): void {
    clearTimeout(this.timers.get(stage))
    this.timers.delete(stage)
  }

  private fail(error: ModuleError): void {
    if (this.closed) return
    this.teardown()
    this.report(error)
  }

  private report(error: ModuleError): void {
    if (this.released) return
    this.options.log({ kind: 'lifecycle', name: `failed: ${error.code}`, detail: error.message })
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
