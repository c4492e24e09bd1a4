// The frame runtime (module-ui-contract §1, §4–§9): runs inside the sandboxed iframe on the console's frame page.
import { installStorageShims } from './storageShims'
import { installRuntimeGlobals } from './runtimeGlobals'
import { InitMessage } from '@/shared/module-host/protocol'
import { runFrame } from './runFrame'

// Before anything else: a bundle may read storage or cookies the moment it loads.
installStorageShims()
installRuntimeGlobals()

function fault(code: string, message: string): void {
  window.parent.postMessage({ v: 1, type: 'fault', code, message }, '*')
}

let accepted = false
function onInit(event: MessageEvent): void {
  if (accepted || event.source !== window.parent) return
  const parsed = InitMessage.safeParse(event.data)
  if (!parsed.success || event.ports.length !== 1) {
    fault('MODULE_CONTRACT_INVALID', 'The frame received an invalid init message.')
    return
  }
  // Exactly one init is accepted; later messages on window are ignored.
  accepted = true
  window.removeEventListener('message', onInit)
  void runFrame(parsed.data, event.ports[0]!)
}
window.addEventListener('message', onInit)
