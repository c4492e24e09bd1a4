/** Styles for `Delta`, set once on the table or section that holds many (MUI `sx`). */
export const DELTA_STYLES = {
  '& .delta': { whiteSpace: 'nowrap', color: 'text.secondary' },
  '& .delta[data-trend="down"]': { color: 'success.main' },
  '& .delta[data-trend="regression"]': { color: 'error.main', fontWeight: 600 },
} as const

/** The first column stays in view while many run columns scroll sideways (no cap on the number of runs). */
const STICKY_FIRST_COLUMN = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  minWidth: '12rem',
  maxWidth: '16rem',
  fontWeight: 600,
} as const

/**
 * A plain <table> that looks like MUI's small table. The step and artifact diffs have a thousand cells at 10 runs ×
 * 50 steps; MUI's TableCell costs a themed component per cell, which alone broke the 500 ms render budget.
 */
export const PLAIN_TABLE = {
  overflowX: 'auto',
  // Fixed layout: column widths come from the <colgroup>, so the browser never measures a thousand cells to size them.
  '& table': { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', typography: 'body2' },
  '& th, & td': {
    borderBottom: 1,
    borderColor: 'divider',
    px: 2,
    py: 0.75,
    textAlign: 'left',
    verticalAlign: 'top',
  },
  '& thead th': { fontWeight: 600, whiteSpace: 'nowrap' },
  '& tbody tr[data-highlighted="true"]': { bgcolor: 'action.selected' },
  '& .sticky': { ...STICKY_FIRST_COLUMN },
} as const

/** Width of the first (sticky) column and of each run's column of the diff tables, in rem. */
const FIRST_COLUMN_REM = 14
const RUN_COLUMN_REM = 14

/** The table's minimum width for `runs` run columns: below it the container scrolls sideways. */
export const diffTableMinWidth = (runs: number) => `${FIRST_COLUMN_REM + runs * RUN_COLUMN_REM}rem`
export const FIRST_COLUMN_WIDTH = `${FIRST_COLUMN_REM}rem`
