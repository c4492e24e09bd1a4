import { Box } from '@mui/material'
import { Suspense, type ComponentProps } from 'react'
import { lazyPreloaded } from '../lazyPreloaded'

// Not needed to draw a table: the menu's chunk is fetched as soon as a table that offers it is loaded, beside the
// data and off the route's first load (decision 020), so it is in memory by the time the rows render.
const ColumnMenu = lazyPreloaded(() => import('./ColumnMenu').then((m) => m.ColumnMenu))
void ColumnMenu.load()

/**
 * The "Columns" menu above a plain MUI table (one that is not a DataTable: expanding or multi-line rows), loaded beside
 * the table rather than with it. DataTable has the menu in its own chunk already.
 */
export function LazyColumnMenuBar(props: ComponentProps<typeof ColumnMenu>) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: 1, py: 0.5 }}>
      <Suspense fallback={null}>
        <ColumnMenu {...props} />
      </Suspense>
    </Box>
  )
}
