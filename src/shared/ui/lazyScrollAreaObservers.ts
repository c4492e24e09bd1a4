import { elementScroll, observeElementRect, type Virtualizer } from '@tanstack/react-virtual'

/*
 * When TanStack Virtual attaches to a scroll area (in React's commit) it reads the area's size (clientWidth and
 * clientHeight) and writes its offset (scrollTo). Either forces the browser to lay out the page React has just
 * inserted, in the middle of the commit, and the browser lays it out again for the frame: ~12 ms of Run History's
 * second visit (issue 16, decision 014). A fresh scroll area is at the top and DataTable already gives the virtualizer
 * its expected size (`initialRect`), so neither has to happen then: the size comes from the ResizeObserver's first
 * report, which the browser delivers after its own layout, and a write of 0 to an area at 0 is skipped.
 */

type ScrollArea = Virtualizer<HTMLDivElement, Element>

/** `observeElementRect` whose first size arrives after layout instead of being read in the commit. */
export function observeRectAfterLayout(instance: ScrollArea, onRect: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement
  const ResizeObserverOfWindow = instance.targetWindow?.ResizeObserver
  // Without a ResizeObserver (jsdom) there would be no first report: read the size as TanStack does.
  if (!element || !ResizeObserverOfWindow) return observeElementRect(instance, onRect)
  // Read in the observer's callback, after layout, so the read costs nothing; the same box TanStack reads.
  const observer = new ResizeObserverOfWindow(() => onRect({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}

/** `scrollToFn` that leaves an area at the top alone when asked to scroll it to the top (the attach-time write). */
export const scrollUnlessAlreadyThere: typeof elementScroll = (offset, options, instance) => {
  const target = offset + (options.adjustments ?? 0)
  if (target === 0 && !instance.scrollOffset) return
  elementScroll(offset, options, instance)
}
