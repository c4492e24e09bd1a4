import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'

export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2
const ZOOM_STEP = 1.25
/** The first view is never smaller than this: a 50-step graph starts readable (and scrolls), "Fit" shows it whole. */
const READABLE_ZOOM = 0.75

type Box = { x: number; y: number; width: number; height: number }
type Anchor = { contentX: number; contentY: number; viewX: number; viewY: number }

const clamp = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))

/**
 * Zoom and pan of the graph's drawing inside a scrolling viewport. Panning is the viewport's own scrolling (wheel,
 * scroll bars, a focused node scrolled into view, or a drag on the background); zoom scales the drawing, keeping the
 * point under the pointer (Ctrl/⌘ + wheel) or the view's centre (buttons, + and − keys) in place. "Fit" shows the
 * whole graph; the first view is readable and centred on `focus` (the selected or failed step).
 */
export function useGraphViewport(content: { width: number; height: number }, focus: Box | undefined) {
  const viewportRef = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(1)
  const zoomRef = useRef(zoom)
  const anchor = useRef<Anchor | null>(null)

  const zoomTo = useCallback((next: number, at?: { viewX: number; viewY: number }) => {
    const viewport = viewportRef.current
    const current = zoomRef.current
    const target = clamp(next)
    if (!viewport || target === current) return
    const viewX = at?.viewX ?? viewport.clientWidth / 2
    const viewY = at?.viewY ?? viewport.clientHeight / 2
    anchor.current = {
      contentX: (viewport.scrollLeft + viewX) / current,
      contentY: (viewport.scrollTop + viewY) / current,
      viewX,
      viewY,
    }
    setZoom(target)
  }, [])

  // After a zoom, the anchored point of the drawing goes back under the pointer or the centre.
  useLayoutEffect(() => {
    zoomRef.current = zoom
    const viewport = viewportRef.current
    const a = anchor.current
    if (!viewport || !a) return
    anchor.current = null
    viewport.scrollLeft = a.contentX * zoom - a.viewX
    viewport.scrollTop = a.contentY * zoom - a.viewY
  }, [zoom])

  const fitZoom = useCallback(() => {
    const viewport = viewportRef.current
    if (!viewport || !viewport.clientWidth || !content.width) return 1
    return Math.min(viewport.clientWidth / content.width, viewport.clientHeight / content.height, 1)
  }, [content.width, content.height])

  const fit = useCallback(() => {
    anchor.current = null
    setZoom(clamp(fitZoom()))
    const viewport = viewportRef.current
    if (viewport) viewport.scrollLeft = viewport.scrollTop = 0
  }, [fitZoom])

  // The first view: readable, with the step people came for in the middle of it.
  const placed = useRef(false)
  useLayoutEffect(() => {
    const viewport = viewportRef.current
    if (placed.current || !viewport) return
    placed.current = true
    const first = Math.min(1, Math.max(READABLE_ZOOM, fitZoom()))
    const target = focus
      ? {
          contentX: focus.x + focus.width / 2,
          contentY: focus.y + focus.height / 2,
          viewX: viewport.clientWidth / 2,
          viewY: viewport.clientHeight / 2,
        }
      : { contentX: 0, contentY: 0, viewX: 0, viewY: 0 }
    if (first === zoomRef.current) {
      viewport.scrollLeft = target.contentX * first - target.viewX
      viewport.scrollTop = target.contentY * first - target.viewY
      return
    }
    // Scrolled once the drawing has its new size (the effect on `zoom` above).
    anchor.current = target
    setZoom(first)
  }, [fitZoom, focus])

  // Ctrl/⌘ + wheel zooms; a plain wheel scrolls the viewport (or the page at its ends), as everywhere else.
  useEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const rect = viewport.getBoundingClientRect()
      const factor = Math.exp(-event.deltaY / 300)
      zoomTo(zoomRef.current * factor, { viewX: event.clientX - rect.left, viewY: event.clientY - rect.top })
    }
    viewport.addEventListener('wheel', onWheel, { passive: false })
    return () => viewport.removeEventListener('wheel', onWheel)
  }, [zoomTo])

  // A drag on the background pans (a press on a node stays a click).
  const drag = useRef<{ x: number; y: number; id: number } | null>(null)
  const [dragging, setDragging] = useState(false)
  const onPointerDown = useCallback((event: PointerEvent<HTMLDivElement>) => {
    // Touch and pen pan the viewport natively; a mouse drags.
    if (event.pointerType !== 'mouse' || event.button !== 0 || (event.target as Element).closest('button')) return
    drag.current = { x: event.clientX, y: event.clientY, id: event.pointerId }
    event.currentTarget.setPointerCapture?.(event.pointerId)
    setDragging(true)
  }, [])
  const onPointerMove = useCallback((event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (!start || start.id !== event.pointerId) return
    event.currentTarget.scrollLeft -= event.clientX - start.x
    event.currentTarget.scrollTop -= event.clientY - start.y
    drag.current = { ...start, x: event.clientX, y: event.clientY }
  }, [])
  const onPointerUp = useCallback(() => {
    drag.current = null
    setDragging(false)
  }, [])

  /** + and − zoom, 0 fits, 1 shows the drawing at 100 % (the keys work wherever focus is in the graph). */
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const keys: Record<string, () => void> = {
        '+': () => zoomTo(zoomRef.current * ZOOM_STEP),
        '=': () => zoomTo(zoomRef.current * ZOOM_STEP),
        '-': () => zoomTo(zoomRef.current / ZOOM_STEP),
        '0': fit,
        '1': () => zoomTo(1),
      }
      const action = keys[event.key]
      if (!action) return
      event.preventDefault()
      action()
    },
    [zoomTo, fit],
  )

  /** Scrolls the viewport so a box of the drawing is in view, if it is not already (a step selected elsewhere). */
  const reveal = useCallback((box: Box) => {
    const viewport = viewportRef.current
    if (!viewport) return
    const z = zoomRef.current
    const left = box.x * z
    const top = box.y * z
    const right = (box.x + box.width) * z
    const bottom = (box.y + box.height) * z
    const inView =
      left >= viewport.scrollLeft &&
      top >= viewport.scrollTop &&
      right <= viewport.scrollLeft + viewport.clientWidth &&
      bottom <= viewport.scrollTop + viewport.clientHeight
    if (inView) return
    viewport.scrollLeft = (left + right) / 2 - viewport.clientWidth / 2
    viewport.scrollTop = (top + bottom) / 2 - viewport.clientHeight / 2
  }, [])

  return {
    viewportRef,
    zoom,
    zoomIn: () => zoomTo(zoom * ZOOM_STEP),
    zoomOut: () => zoomTo(zoom / ZOOM_STEP),
    actualSize: () => zoomTo(1),
    fit,
    reveal,
    dragging,
    viewportHandlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onKeyDown },
  }
}
