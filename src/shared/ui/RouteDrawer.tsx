import { Drawer } from '@mui/material'
import type { ReactNode } from 'react'

type Props = { titleId: string; onClose: () => void; children: ReactNode }

/**
 * A detail drawer that is a route of its own over a list (an organization, a module run): a modal dialog labelled by
 * its title, closed by Esc, its close button or Back.
 */
export function RouteDrawer({ titleId, onClose, children }: Props) {
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      // Over the app bar, which sits above the navigation drawer (a modal drawer shares the navigation's z-index).
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', md: '80vw', xl: 1200 }, p: { xs: 2, md: 3 } },
        },
      }}
    >
      {children}
    </Drawer>
  )
}
