import { IframeHost } from './iframeHost'
import { frameHostOptions } from '@/test/moduleFrameInit'
import {
  framedHostEnded,
  framedHostStarted,
  prepareSpareFrame,
  resetSpareFrames,
  SPARE_GRACE_MS,
  takeSpareFrame,
} from './spareFrame'

const FRAME = 'http://localhost:3000/module-frame/v1.html'
const DEV_FRAME = `${FRAME}?dev=1`

// jsdom has no moveBefore: stand one in that moves the node as Chromium's does (there, without reloading the frame).
const proto = Element.prototype as unknown as { moveBefore?: (node: Node, child: Node | null) => void }
function withMoveBefore() {
  proto.moveBefore = function (this: Element, node: Node, child: Node | null) {
    this.insertBefore(node, child)
  }
}

const spareIframe = () => document.querySelector<HTMLIFrameElement>('[data-module-spare] iframe')
/** The frame's window as the host posts to it (jsdom's own would be a new one after the stand-in move). */
function frameWindowOf(iframe: HTMLIFrameElement) {
  const postMessage = vi.fn()
  Object.defineProperty(iframe, 'contentWindow', { value: { postMessage } })
  return postMessage
}
const container = () => document.body.appendChild(document.createElement('div'))

afterEach(() => {
  resetSpareFrames()
  delete proto.moveBefore
  document.body.replaceChildren()
  vi.useRealTimers()
})

describe('the spare module frame (decision 022)', () => {
  it('is started only while a framed module is live, out of sight, out of the tab order and of the a11y tree', () => {
    withMoveBefore()
    prepareSpareFrame(FRAME)
    expect(spareIframe()).toBeNull()
    framedHostStarted()
    prepareSpareFrame(FRAME)
    prepareSpareFrame(FRAME)
    expect(document.querySelectorAll('iframe')).toHaveLength(1)
    const iframe = spareIframe()!
    expect(iframe.getAttribute('sandbox')).toBe('allow-scripts allow-forms')
    expect(iframe.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(iframe.src).toBe(FRAME)
    expect(iframe.tabIndex).toBe(-1)
    expect(iframe.closest('[aria-hidden="true"]')).not.toBeNull()
  })

  it('is never started where frames cannot be moved without reloading: every mount starts its own frame', () => {
    framedHostStarted()
    prepareSpareFrame(FRAME)
    expect(document.querySelector('iframe')).toBeNull()
    expect(takeSpareFrame(FRAME, container())).toBeNull()
  })

  it('is taken once, by a mount on the same frame page, moved into its container and back in the tab order', () => {
    withMoveBefore()
    framedHostStarted()
    prepareSpareFrame(FRAME)
    const iframe = spareIframe()!
    expect(takeSpareFrame(DEV_FRAME, container())).toBeNull()
    const target = container()
    expect(takeSpareFrame(FRAME, target)).toEqual({ iframe, loaded: false })
    expect(iframe.parentElement).toBe(target)
    expect(iframe.hasAttribute('tabindex')).toBe(false)
    expect(document.querySelector('[data-module-spare]')).toBeNull()
    expect(takeSpareFrame(FRAME, container())).toBeNull()
  })

  it('goes 10 s after the last framed module ended, and stays when another mounts within that time', () => {
    vi.useFakeTimers()
    withMoveBefore()
    framedHostStarted()
    prepareSpareFrame(FRAME)
    framedHostEnded()
    vi.advanceTimersByTime(SPARE_GRACE_MS - 1)
    framedHostStarted() // a remount: the spare waits for it
    vi.advanceTimersByTime(SPARE_GRACE_MS * 2)
    expect(spareIframe()).not.toBeNull()
    framedHostEnded()
    vi.advanceTimersByTime(SPARE_GRACE_MS - 1)
    expect(spareIframe()).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect(document.querySelector('iframe')).toBeNull()
  })
})

describe('a module host given the spare frame', () => {
  function host() {
    const target = container()
    const { options, failed, log } = frameHostOptions(FRAME, target, 'run-2')
    return { instance: new IframeHost(options), target, failed, log }
  }

  it('sends the init at once when the spare has loaded, names its own title, and a later load is a navigation away', () => {
    withMoveBefore()
    framedHostStarted() // the module already on screen
    prepareSpareFrame(FRAME)
    const spare = spareIframe()!
    spare.dispatchEvent(new Event('load'))
    const posted = frameWindowOf(spare)
    const { instance, target, failed, log } = host()
    instance.start()
    expect(target.querySelector('iframe')).toBe(spare)
    expect(spare.title).toBe('Report (module UI)')
    expect(posted).toHaveBeenCalledWith(expect.objectContaining({ type: 'init', runId: 'run-2' }), '*', [expect.any(MessagePort)])
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'iframe inserted',
        detail: expect.objectContaining({ started: expect.stringMatching(/spare/) }),
      }),
    )
    spare.dispatchEvent(new Event('load'))
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: 'MODULE_CRASHED' }))
    expect(target.querySelector('iframe')).toBeNull()
  })

  it('waits for the load of a spare still loading, as for a new frame', () => {
    withMoveBefore()
    framedHostStarted()
    prepareSpareFrame(FRAME)
    const spare = spareIframe()!
    const posted = frameWindowOf(spare)
    const { instance, target } = host()
    instance.start()
    expect(target.querySelector('iframe')).toBe(spare)
    expect(posted).not.toHaveBeenCalled()
    spare.dispatchEvent(new Event('load'))
    expect(posted).toHaveBeenCalledWith(expect.objectContaining({ type: 'init' }), '*', [expect.any(MessagePort)])
    void instance.destroy()
  })
})
