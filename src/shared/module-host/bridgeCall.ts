import type { ModuleSession } from './moduleSession'
import type { FrameMessage, HostMessage } from './protocol'
import type { HostLogEntry } from './types'

type Call = Extract<FrameMessage, { type: 'call' }>
type Reply = Omit<Extract<HostMessage, { type: 'reply' }>, 'v'>

/**
 * What a framed module's bridge call does on the host (module-ui-contract §4): the prop callbacks and host fetch of the
 * mounted module's session. A handler that throws synchronously still ends in a rejected promise, so every call gets
 * exactly one reply.
 */
export function runBridgeCall(session: ModuleSession, { method, args }: Call): Promise<unknown> {
  return Promise.resolve().then((): Promise<unknown> => {
    switch (method) {
      case 'onExecute':
        return session.execute(args[0])
      case 'onComplete':
        return session.complete(args[0])
      case 'onError':
        return session.reportError(args[0])
      case 'emit':
        return Promise.resolve(session.emit(args[0], args[1]))
      case 'hostFetch':
        return session.hostFetch(args)
    }
  })
}

/**
 * Runs a bridge call and posts its one reply: the value, or an error reply when the handler fails or `post` throws
 * (an answer over 8 MB is turned into an error reply by the host's `post` itself). The call is logged with its duration.
 */
export function answerBridgeCall(
  session: ModuleSession,
  call: Call,
  post: (reply: Reply) => void,
  log: (entry: Omit<HostLogEntry, 'at'>) => void,
): void {
  const started = performance.now()
  const fail = (error: unknown) =>
    post({ type: 'reply', id: call.id, ok: false, error: { code: 'HOST_ERROR', message: String(error) } })
  runBridgeCall(session, call).then((value) => {
    log({
      kind: 'call',
      name: call.method,
      detail: { args: call.args, value },
      durationMs: Math.round(performance.now() - started),
    })
    try {
      post({ type: 'reply', id: call.id, ok: true, ...(value === undefined ? {} : { value }) })
    } catch (error) {
      fail(error)
    }
  }, fail)
}
