import ViewColumnIcon from '@mui/icons-material/ViewColumn'
import { Suspense, useId, useState } from 'react'
import { lazyPreloaded } from '../lazyPreloaded'
import { PlainButton } from '../PlainButton'
import type { ColumnVisibility } from './useColumnVisibility'

// Loaded when the button is pointed at or focused, so it is there by the click.
const ColumnMenuList = lazyPreloaded(() => import('./ColumnMenuList').then((m) => m.ColumnMenuList))
const preload = () => void ColumnMenuList.load()

/**
 * "Columns": show or hide a table's columns. Each item is a menu checkbox; "Fit to screen" forgets the choices, so
 * columns follow the screen width again.
 */
export function ColumnMenu({ columns, tableLabel }: { columns: ColumnVisibility; tableLabel: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const hidden = columns.options.filter((option) => !option.visible).length
  return (
    <>
      <PlainButton
        size="small"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="menu"
        aria-expanded={!!anchor}
        aria-controls={anchor ? menuId : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns{hidden ? ` (${hidden} hidden)` : ''}
      </PlainButton>
      {anchor && (
        <Suspense fallback={null}>
          <ColumnMenuList id={menuId} anchor={anchor} columns={columns} tableLabel={tableLabel} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  )
}
