/**
 * One started, never used module frame kept aside while module UIs are on screen (decision 022).
 *
 * A new sandboxed frame spends most of a mount starting: its navigation commits in a process of its own, then the
 * frame runtime (React and the bridge) is fetched and evaluated, ~250 ms of the ~330 ms from mount to ready on a
 * 2-core machine, before it can take its `init`. A spare frame has done all of that already; the next mount moves it
 * into place with `moveBefore()`, which keeps a frame's document alive (a plain `append` would reload it), and sends
 * its `init` at once. The spare is still a fresh realm on the frame page: it has run nothing but the frame runtime and
 * has never seen an init, a module, a port or a token, so §3's "fresh realm and new MessageChannel" hold for every
 * mount. Browsers without `moveBefore` simply start a new frame every time.
 *
 * Bounds: at most one spare; it is made only after a framed module has mounted (a page that shows one module UI shows
 * the next: another run, a reload in the harness), and it is removed `SPARE_GRACE_MS` after the last framed module
 * has gone, so leaving the module pages leaves no frame behind.
 */
import { createFrameElement } from './frameElement'
import { whenIdle } from '@/shared/lib/whenIdle'

export const SPARE_GRACE_MS = 10_000

type Spare = { url: string; iframe: HTMLIFrameElement; holder: HTMLElement; loaded: boolean }

let spare: Spare | null = null
let liveHosts = 0
let graceTimer: ReturnType<typeof setTimeout> | undefined

const canMoveFrames = () => typeof Element !== 'undefined' && typeof Element.prototype.moveBefore === 'function'

/** Starts a spare frame on `url` unless one is there; a no-op without `moveBefore` or with no framed module live. */
export function prepareSpareFrame(url: string): void {
  if (!canMoveFrames() || liveHosts === 0 || spare?.url === url) return
  discardSpareFrame()
  // Out of sight and out of the accessibility tree: it is no part of the page until a mount takes it.
  const holder = document.createElement('div')
  holder.dataset.moduleSpare = ''
  holder.setAttribute('aria-hidden', 'true')
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:640px;height:1px;overflow:hidden'
  const iframe = createFrameElement(url, 'Module UI frame, not in use')
  iframe.tabIndex = -1
  const entry: Spare = { url, iframe, holder, loaded: false }
  iframe.addEventListener('load', () => (entry.loaded = true), { once: true })
  holder.append(iframe)
  document.body.append(holder)
  spare = entry
}

/** `prepareSpareFrame` once the page has nothing better to do (a module that just mounted paints first). */
export function prepareSpareFrameWhenIdle(url: string): void {
  whenIdle(() => prepareSpareFrame(url), 1000)
}

/**
 * The spare frame on `url`, moved to the end of `container` with its document kept (loaded, or still loading: then
 * ahead of a new frame all the same); null when there is none (the host then starts a new frame). Taken once: the next
 * mount needs a new spare.
 */
export function takeSpareFrame(url: string, container: HTMLElement): { iframe: HTMLIFrameElement; loaded: boolean } | null {
  if (spare?.url !== url) return null
  const { iframe, holder, loaded } = spare
  spare = null
  try {
    container.moveBefore(iframe, null)
  } catch {
    // Not movable here (a container outside this document): a new frame it is.
    holder.remove()
    return null
  }
  holder.remove()
  iframe.removeAttribute('tabindex')
  return { iframe, loaded }
}

export function discardSpareFrame(): void {
  spare?.holder.remove()
  spare = null
}

/** A framed module host started: the spare, if any, stays. */
export function framedHostStarted(): void {
  liveHosts += 1
  clearTimeout(graceTimer)
}

/** A framed module host ended: with none left, the spare goes after the grace period (a remount comes well within it). */
export function framedHostEnded(): void {
  liveHosts = Math.max(0, liveHosts - 1)
  if (liveHosts > 0) return
  clearTimeout(graceTimer)
  graceTimer = setTimeout(discardSpareFrame, SPARE_GRACE_MS)
}

/** Tests: back to no spare and no live hosts. */
export function resetSpareFrames(): void {
  discardSpareFrame()
  liveHosts = 0
  clearTimeout(graceTimer)
}
