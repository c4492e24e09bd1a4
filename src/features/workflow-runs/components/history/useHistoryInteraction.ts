import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react'
import type { HistoryBar } from '../../lib/history/historyBars'
import type { BarRange } from '../../lib/history/historyBrush'
import type { Slots } from '../../lib/history/historyGeometry'

/** A drag shorter than this (px) is a click. */
const DRAG_PX = 4
const PAGE = 10

type Options = {
  bars: HistoryBar[]
  slots: Slots
  /** Open a run (a click or Enter on its bar). */
  onOpen: (bar: HistoryBar) => void
  /** Filter the list to a range of bars (released drag, or Enter after Shift+arrows). */
  onRange: (range: BarRange) => void
}

const linkOf = (target: EventTarget) =>
  target instanceof Element ? target.closest<SVGAElement | HTMLElement>('a[data-index]') : null
const indexOfLink = (link: Element) => Number(link.getAttribute('data-index'))

/**
 * Pointer and keyboard on the plot. Pointer: hover shows a bar's figures; a click opens its run; a drag across bars
 * picks a range and applies it on release. Keyboard (one Tab stop, the bars' links): arrows, Home/End and PageUp/Down
 * move between bars; Shift with them picks a range, Enter applies it, Escape drops it; Enter alone opens the run.
 * State that belongs to one answer (hover, focus, range, Tab stop) is dropped when the bars change.
 */
export function useHistoryInteraction({ bars, slots, onOpen, onRange }: Options) {
  const svgRef = useRef<SVGSVGElement>(null)
  const [state, setState] = useState<{
    bars: HistoryBar[]
    hovered: number | null
    focused: number | null
    tabStop: number | null
    range: BarRange | null
  }>({ bars, hovered: null, focused: null, tabStop: null, range: null })
  const current = state.bars === bars ? state : { bars, hovered: null, focused: null, tabStop: null, range: null }
  const set = (patch: Partial<typeof current>) =>
    setState((previous) => ({ ...(previous.bars === bars ? previous : current), ...patch }))
  const drag = useRef<{ x: number; index: number; moved: boolean } | null>(null)
  const suppressClick = useRef(false)
  const last = bars.length - 1
  const clamp = (index: number) => Math.min(last, Math.max(0, index))

  const indexAtPointer = (clientX: number) => {
    const box = svgRef.current?.getBoundingClientRect()
    return box && box.width > 0 ? slots.indexAt((clientX - box.left) / box.width) : null
  }
  const focusBar = (index: number) => {
    set({ tabStop: index })
    svgRef.current?.querySelector<SVGAElement>(`a[data-index="${index}"]`)?.focus()
  }

  const handlers = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      suppressClick.current = false
      if (event.button !== 0) return
      const index = indexAtPointer(event.clientX)
      drag.current = index === null ? null : { x: event.clientX, index, moved: false }
    },
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      const index = indexAtPointer(event.clientX)
      const d = drag.current
      if (d && index !== null && (d.moved || Math.abs(event.clientX - d.x) > DRAG_PX)) {
        if (!d.moved) event.currentTarget.setPointerCapture?.(event.pointerId)
        d.moved = true
        set({ hovered: index, range: { anchor: d.index, focus: index } })
      } else if (index !== current.hovered) set({ hovered: index })
    },
    onPointerUp: (event: PointerEvent<SVGSVGElement>) => {
      const d = drag.current
      drag.current = null
      if (!d?.moved) return
      suppressClick.current = true
      set({ range: null })
      onRange({ anchor: d.index, focus: indexAtPointer(event.clientX) ?? d.index })
    },
    onPointerLeave: () => {
      if (!drag.current) set({ hovered: null })
    },
    onClick: (event: MouseEvent<SVGSVGElement>) => {
      if (suppressClick.current) {
        suppressClick.current = false
        event.preventDefault()
        return
      }
      const link = linkOf(event.target)
      // A modified click on a bar's link is the browser's: a new tab or window.
      if (link && (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return
      event.preventDefault()
      const index = link ? indexOfLink(link) : indexAtPointer(event.clientX)
      const bar = index === null ? undefined : bars[index]
      if (bar) onOpen(bar)
    },
    onFocus: (event: { target: EventTarget }) => {
      const link = linkOf(event.target)
      if (link) set({ focused: indexOfLink(link), tabStop: indexOfLink(link) })
    },
    onBlur: () => set({ focused: null }),
    onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => {
      const link = linkOf(event.target)
      if (!link) return
      const index = indexOfLink(link)
      const { range } = current
      const moves: Record<string, number> = {
        ArrowLeft: index - 1,
        ArrowRight: index + 1,
        Home: 0,
        End: last,
        PageUp: index - PAGE,
        PageDown: index + PAGE,
      }
      if (event.key === 'Enter' && range) {
        event.preventDefault()
        set({ range: null })
        onRange(range)
      } else if (event.key === 'Enter' && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
        // Not left to the browser: not every one activates an SVG link with Enter.
        event.preventDefault()
        const bar = bars[index]
        if (bar) onOpen(bar)
      } else if (event.key === 'Escape' && range) {
        event.preventDefault()
        event.stopPropagation()
        set({ range: null })
      } else if (event.key in moves) {
        event.preventDefault()
        const next = clamp(moves[event.key]!)
        set({ range: event.shiftKey ? { anchor: range?.anchor ?? index, focus: next } : null })
        focusBar(next)
      }
    },
  }

  const tabStop = current.tabStop === null ? last : clamp(current.tabStop)
  return {
    svgRef,
    handlers,
    hovered: current.hovered,
    focused: current.focused,
    tabStop,
    range: current.range,
  }
}
