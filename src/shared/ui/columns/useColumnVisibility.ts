import type { ColumnDef, VisibilityState } from '@tanstack/react-table'
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react'
import { readColumnChoices, writeColumnChoices, type ColumnChoices } from './columnPreferences'

/** A column the menu offers: its id, its name in the menu, and whether it is shown now. */
export type ColumnOption = { id: string; label: string; visible: boolean; chosen: boolean }

export type ColumnVisibility = {
  /** For DataTable's `columnVisibility`. */
  visibility: VisibilityState
  options: ColumnOption[]
  /** Whether a column is shown now (a column the menu does not offer always is). */
  isShown: (columnId: string) => boolean
  setVisible: (columnId: string, visible: boolean) => void
  /** Forgets every choice: columns follow the screen width again. */
  reset: () => void
}

const subscribeToResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}

/**
 * Column priorities and the column menu's state (DataTable's `columnMenuKey`; without a key nothing is remembered). A column with `meta.minViewport` is shown by default only on screens
 * at least that wide, so the columns that matter fit a 1280 px screen without sideways scrolling; what someone shows
 * or hides in the menu wins over that and is remembered per table (`tableKey`).
 */
export function useColumnVisibility<T>(tableKey: string | undefined, columns: ColumnDef<T, unknown>[]): ColumnVisibility {
  const thresholds = useMemo(
    () => [...new Set(columns.map((column) => column.meta?.minViewport).filter((px): px is number => px !== undefined))],
    [columns],
  )
  // Re-renders only when the window crosses one of the thresholds, not on every pixel of a resize.
  const reached = useSyncExternalStore(subscribeToResize, () =>
    thresholds.map((px) => (window.innerWidth >= px ? '1' : '0')).join(''),
  )
  const [choices, setChoices] = useState<ColumnChoices>(() => (tableKey ? readColumnChoices(tableKey) : {}))
  const options = useMemo(
    () =>
      columns.flatMap((column) => {
        const id = column.id
        if (!id || column.meta?.alwaysShown) return []
        const minViewport = column.meta?.minViewport
        const byScreen = minViewport === undefined || reached[thresholds.indexOf(minViewport)] === '1'
        const label = column.meta?.label ?? (typeof column.header === 'string' ? column.header : id)
        return [{ id, label, visible: choices[id] ?? byScreen, chosen: id in choices }]
      }),
    [columns, choices, reached, thresholds],
  )
  const visibility = useMemo(() => Object.fromEntries(options.map((option) => [option.id, option.visible])), [options])
  const setVisible = useCallback(
    (columnId: string, visible: boolean) =>
      setChoices((current) => {
        const next = { ...current, [columnId]: visible }
        if (tableKey) writeColumnChoices(tableKey, next)
        return next
      }),
    [tableKey],
  )
  const reset = useCallback(() => {
    if (tableKey) writeColumnChoices(tableKey, {})
    setChoices({})
  }, [tableKey])
  const isShown = useCallback((columnId: string) => visibility[columnId] !== false, [visibility])
  return { visibility, options, isShown, setVisible, reset }
}
