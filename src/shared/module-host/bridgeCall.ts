import type { ModuleSession } from './moduleSession'
import type { FrameMessage } from './protocol'

type Call = Extract<FrameMessage, { type: 'call' }>

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
