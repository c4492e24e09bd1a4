import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row, type SortingState } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { ColumnMenu } from './columns/ColumnMenu'
import { DataTableHead } from './DataTableHead'
import { useColumnVisibility } from './columns/useColumnVisibility'
import { observeRectAfterLayout, scrollUnlessAlreadyThere } from './lazyScrollAreaObservers'
import './DataTable.css'

/**
 * The scroll area's height before it is measured: with it the first render already holds every row in view, where
 * TanStack Virtual's default (0 × 0) renders the overscan only and a second render adds the rest (issue 16).
 */
function expectedHeight(maxHeight: number | string): number {
  if (typeof maxHeight === 'number') return maxHeight
  const vh = /^(\d+(?:\.\d+)?)vh$/.exec(maxHeight)
  return vh ? (Number(vh[1]) / 100) * window.innerHeight : window.innerHeight
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ')

declare module '@tanstack/react-table' {
  // Presentation hints a column can give the table.
  interface ColumnMeta<TData, TValue> {
    align?: 'left' | 'right'
    nowrap?: boolean
    /** Shown by default only on screens at least this wide (px): the column priority of useColumnVisibility. */
    minViewport?: number
    /** The column's name in the column menu, where its header is not plain text. */
    label?: string
    /** Never offered for hiding: what identifies a row. */
    alwaysShown?: boolean
    /** Marker uses of the generics, which TypeScript requires to be referenced in a merged interface. */
    _types?: [TData, TValue]
  }
}

/** Checkbox selection: a leading column of checkboxes; the caller owns the selected ids (e.g. in the URL). */
export type DataTableSelection<T> = {
  selectedIds: ReadonlySet<string>
  onToggle: (id: string) => void
  /** Accessible name of a row's checkbox, e.g. "Select run-000123". */
  label: (row: T) => string
}

export type DataTableProps<T> = {
  /** Accessible name of the table. */
  label: string
  data: T[]
  columns: ColumnDef<T, unknown>[]
  getRowId: (row: T) => string
  /** Server-side sort: the current sort and what a header click asks for (the caller puts it in the URL). */
  sorting?: SortingState
  onSortingChange?: (sorting: SortingState) => void
  onRowClick?: (row: T) => void
  selectedRowId?: string | null
  selection?: DataTableSelection<T>
  /** Height of the scroll area; rows outside it are not rendered. */
  maxHeight?: number | string
  /** Row height in px. Rows are laid out at this height and never measured: measuring forces a layout per row. */
  rowHeight?: number
  /**
   * Offers the "Columns" menu above the table and remembers its choices under this key; columns with
   * `meta.minViewport` are then shown by default only on screens that wide (useColumnVisibility).
   */
  columnMenuKey?: string
  /** Makes the scroll area a tab stop, for tables without links or buttons in their rows (keyboard scrolling, WCAG 2.1.1). */
  focusableScroll?: boolean
}

/**
 * The console's one table: TanStack Table for columns and sorting state, TanStack Virtual for rows, and plain head and
 * body cells with static styles (DataTable.css: MUI's small sticky table without its per-cell style work, issue 16).
 * Sorting is the server's (manual); only visible rows are in the DOM.
 */
export function DataTable<T>({
  label,
  data,
  columns,
  getRowId,
  sorting = [],
  onSortingChange,
  onRowClick,
  selectedRowId,
  selection,
  maxHeight = '70vh',
  rowHeight = 53,
  focusableScroll = false,
  columnMenuKey,
}: DataTableProps<T>) {
  const shown = useColumnVisibility(columnMenuKey, columns)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns functions React Compiler must not memoize; we do not use the compiler.
  const table = useReactTable({
    data,
    columns,
    getRowId,
    // Without the menu there is no way to bring a column back: every column is shown.
    state: { sorting, ...(columnMenuKey && { columnVisibility: shown.visibility }) },
    manualSorting: true,
    enableMultiSort: false,
    sortDescFirst: false,
    onSortingChange: (updater) => onSortingChange?.(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
  })
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 3,
    initialRect: { width: 0, height: expectedHeight(maxHeight) },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollUnlessAlreadyThere,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0
  const columnCount = table.getVisibleLeafColumns().length + (selection ? 1 : 0)

  const renderRow = (row: Row<T>, index: number) => {
    const selected = selectedRowId === row.id || !!selection?.selectedIds.has(row.id)
    return (
      <tr
        key={row.id}
        data-index={index}
        className={classes('dt-row', !!onRowClick && 'dt-clickable', selected && 'dt-selected')}
        onClick={onRowClick ? () => onRowClick(row.original) : undefined}
        style={{ height: rowHeight }}
      >
        {selection && (
          // Outside TanStack's column model on purpose: toggling a row re-renders rows, never rebuilds the columns.
          <td className="dt-cell dt-check">
            <input
              type="checkbox"
              checked={selection.selectedIds.has(row.id)}
              onClick={(event) => event.stopPropagation()}
              onChange={() => selection.onToggle(row.id)}
              aria-label={selection.label(row.original)}
            />
          </td>
        )}
        {row.getVisibleCells().map((cell) => {
          const meta = cell.column.columnDef.meta
          return (
            <td key={cell.id} className={classes('dt-cell', meta?.align === 'right' && 'dt-right', meta?.nowrap && 'dt-nowrap')}>
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </td>
          )
        })}
      </tr>
    )
  }

  return (
    <>
      {columnMenuKey && (
        <div className="dt-toolbar">
          <ColumnMenu columns={shown} tableLabel={label} />
        </div>
      )}
      <div
        ref={scrollRef}
        className="dt-scroll"
        style={{ maxHeight }}
        {...(focusableScroll ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      >
        <table className="dt-table" aria-label={label}>
          <DataTableHead table={table} withSelection={!!selection} sortable={!!onSortingChange} />
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden>
                <td colSpan={columnCount} className="dt-spacer" style={{ height: paddingTop }} />
              </tr>
            )}
            {items.map((item) => renderRow(rows[item.index]!, item.index))}
            {paddingBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={columnCount} className="dt-spacer" style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && <div className="dt-empty" />}
      </div>
    </>
  )
}
