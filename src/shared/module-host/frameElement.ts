/** Exactly these tokens, never allow-same-origin, popups, top navigation, modals or downloads (§3). */
export const FRAME_SANDBOX = 'allow-scripts allow-forms'

/** An iframe exactly as the contract asks for one (§3): sandboxed, no permissions, no referrer, on the frame page. */
export function createFrameElement(url: string, title: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe')
  iframe.setAttribute('sandbox', FRAME_SANDBOX)
  iframe.setAttribute('allow', '')
  iframe.setAttribute('referrerpolicy', 'no-referrer')
  iframe.title = title
  iframe.style.cssText = 'width:100%;border:0;height:480px;display:block'
  iframe.src = url
  return iframe
}
