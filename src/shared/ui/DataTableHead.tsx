import { flexRender, type Table } from '@tanstack/react-table'
import { visuallyHidden } from './visuallyHidden'

/** MUI's ArrowDownward, the icon of its TableSortLabel. */
const ARROW_DOWN = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z'

type DataTableHeadProps<T> = {
  table: Table<T>
  /** A leading column of row checkboxes: its head cell is named for screen readers only. */
  withSelection: boolean
  /** Server-side sort: without it, headers are plain text. */
  sortable: boolean
}

/**
 * DataTable's head: MUI's sticky small table head and sort labels, drawn as plain cells and native buttons with the
 * static styles of DataTable.css (issue 16). MUI's TableCell and TableSortLabel resolved their styles per instance on
 * every mount: ~1.7 ms of Run History's second visit for one row of headers. The look, `aria-sort` on the sorted
 * column and the sort button of each sortable column are MUI's.
 */
export function DataTableHead<T>({ table, withSelection, sortable }: DataTableHeadProps<T>) {
  return (
    <thead className="dt-head">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {withSelection && (
            <th scope="col" className="dt-cell dt-head-cell dt-check">
              <span style={visuallyHidden}>Select</span>
            </th>
          )}
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted()
            const content = flexRender(header.column.columnDef.header, header.getContext())
            const right = header.column.columnDef.meta?.align === 'right'
            return (
              <th
                key={header.id}
                scope="col"
                className={right ? 'dt-cell dt-head-cell dt-right' : 'dt-cell dt-head-cell'}
                aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {header.column.getCanSort() && sortable ? (
                  <button
                    type="button"
                    className="dt-sort"
                    data-active={sorted ? 'true' : undefined}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {content}
                    <svg className="dt-sort-icon" data-direction={sorted || 'asc'} viewBox="0 0 24 24" aria-hidden="true">
                      <path d={ARROW_DOWN} />
                    </svg>
                  </button>
                ) : (
                  content
                )}
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}
