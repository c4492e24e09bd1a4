import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'

/**
 * The grid's keyboard model (WAI-ARIA APG "data grid"): one tab stop, the active cell; arrow keys move it, Home/End go
 * to the row's first or last cell (with Ctrl, the grid's), Page Up/Down move ten rows, Enter activates. Row -1 is the
 * column heads; columns -2 and -1 are the step name and its failure count, 0… the runs. Every focusable element of the
 * grid carries `data-r` and `data-c`, so focus found by the mouse or by Tab updates the active cell too.
 */
export type GridPos = { r: number; c: number }

export const NAME_COL = -2
const PAGE = 10

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value))

export const posOf = (element: Element | null): GridPos | null => {
  const cell = element?.closest<HTMLElement>('[data-r]')
  return cell ? { r: Number(cell.dataset.r), c: Number(cell.dataset.c) } : null
}

export function useRovingGrid(
  gridRef: RefObject<HTMLElement | null>,
  rows: number,
  cols: number,
  onActivate: (pos: GridPos, event: KeyboardEvent) => void,
) {
  const [wanted, setWanted] = useState<GridPos>({ r: 0, c: 0 })
  // The data may shrink under the active cell (another page, a filter): it stays inside the grid.
  const active = { r: clamp(wanted.r, -1, rows - 1), c: clamp(wanted.c, NAME_COL, cols - 1) }
  const focusAfterRender = useRef(false)

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return
    focusAfterRender.current = false
    // The active row is always rendered (the virtualizer's range includes it), so the element exists by now.
    gridRef.current?.querySelector<HTMLElement>(`[data-r="${active.r}"][data-c="${active.c}"]`)?.focus()
  }, [gridRef, active.r, active.c])

  const onKeyDown = (event: KeyboardEvent) => {
    let { r, c } = active
    switch (event.key) {
      case 'ArrowRight':
        c += 1
        break
      case 'ArrowLeft':
        c -= 1
        break
      case 'ArrowDown':
        r += 1
        break
      case 'ArrowUp':
        r -= 1
        break
      case 'PageDown':
        r += PAGE
        break
      case 'PageUp':
        r -= PAGE
        break
      case 'Home':
        c = NAME_COL
        if (event.ctrlKey) r = -1
        break
      case 'End':
        c = cols - 1
        if (event.ctrlKey) r = rows - 1
        break
      case 'Enter':
        event.preventDefault()
        onActivate(active, event)
        return
      default:
        return
    }
    event.preventDefault()
    focusAfterRender.current = true
    setWanted({ r: clamp(r, -1, rows - 1), c: clamp(c, NAME_COL, cols - 1) })
  }

  const onFocus = useCallback((event: FocusEvent) => {
    const pos = posOf(event.target)
    if (pos) setWanted((current) => (current.r === pos.r && current.c === pos.c ? current : pos))
  }, [])

  return { active, onKeyDown, onFocus }
}
