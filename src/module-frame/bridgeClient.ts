import { MAX_FRAME_MESSAGE_BYTES } from '@/shared/module-host/limits'
import {
  CALL_REFUSED,
  HostMessage,
  isJsonValue,
  jsonSize,
  type CallMethod,
  type FrameMessage,
} from '@/shared/module-host/protocol'

type Distribute<T> = T extends unknown ? Omit<T, 'v'> : never

/** A call the host answered with an error, or that this side refused before sending: `code` says why (§4). */
export class BridgeCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'BridgeCallError'
  }
}

/**
 * The frame side of the bridge (module-ui-contract §4): posts on the transferred port, validates what the host sends,
 * turns `call` into promises answered by `reply`, and dispatches `event` to the module's `subscribe` handlers.
 */
export class BridgeClient {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private readonly handlers = new Map<string, Set<(payload: unknown) => void>>()
  onTheme: (message: Extract<HostMessage, { type: 'theme' }>) => void = () => undefined
  onProps: (message: Extract<HostMessage, { type: 'props' }>) => void = () => undefined
  onUnmount: () => void = () => undefined

  constructor(private readonly port: MessagePort) {
    port.onmessage = (event: MessageEvent) => this.receive(event.data)
  }

  post(message: Distribute<FrameMessage>): void {
    this.port.postMessage({ v: 1, ...message })
  }

  call(method: CallMethod, args: unknown[]): Promise<unknown> {
    if (!args.every((arg) => arg === undefined || isJsonValue(arg)))
      return Promise.reject(new TypeError(`${method}: only JSON values cross the bridge (no functions, DOM nodes or Blobs).`))
    const id = this.nextId++
    const message = { type: 'call' as const, id, method, args: args.map((arg) => (arg === undefined ? null : arg)) }
    // The host drops a message over 256 KB (§4); refused here, the call fails at once and says why instead of waiting.
    const size = jsonSize({ v: 1, ...message })
    if (size > MAX_FRAME_MESSAGE_BYTES)
      return Promise.reject(
        new BridgeCallError(
          CALL_REFUSED.tooLarge,
          `${method}: the call is ${size} bytes, over the bridge's ${MAX_FRAME_MESSAGE_BYTES / 1024} KB limit; send less at a time.`,
        ),
      )
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.post(message)
    })
  }

  subscribe(event: string, handler: (payload: unknown) => void): () => void {
    let set = this.handlers.get(event)
    if (!set) {
      set = new Set()
      this.handlers.set(event, set)
      // theme.change is delivered by the frame itself on each `theme` message (§8); the host need not forward it.
      if (event !== 'theme.change') this.post({ type: 'subscribe', event })
    }
    set.add(handler)
    let active = true
    return () => {
      if (!active) return
      active = false
      set.delete(handler)
      if (set.size === 0) {
        this.handlers.delete(event)
        if (event !== 'theme.change') this.post({ type: 'unsubscribe', event })
      }
    }
  }

  dispatch(event: string, payload: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) {
      try {
        handler(payload)
      } catch (error) {
        console.error(error)
      }
    }
  }

  private receive(data: unknown): void {
    const parsed = HostMessage.safeParse(data)
    if (!parsed.success) return
    const message = parsed.data
    switch (message.type) {
      case 'reply': {
        const waiting = this.pending.get(message.id)
        this.pending.delete(message.id)
        if (!waiting) return
        if (message.ok) waiting.resolve(message.value)
        else
          waiting.reject(
            new BridgeCallError(message.error?.code ?? 'HOST_ERROR', message.error?.message ?? 'The host refused the call.'),
          )
        return
      }
      case 'event':
        return this.dispatch(message.event, message.payload)
      case 'theme':
        return this.onTheme(message)
      case 'props':
        return this.onProps(message)
      case 'unmount':
        return this.onUnmount()
      case 'ping':
        return this.post({ type: 'pong', id: message.id })
    }
  }
}
