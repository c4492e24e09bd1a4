import { Drawer, Toolbar } from '@mui/material'
import { Navigation } from './Navigation'

type Props = { onClose: () => void }

/** The navigation as a temporary drawer on narrow screens; loaded only when it is first opened (it needs MUI's Modal). */
export default function MobileNavigationDrawer({ onClose }: Props) {
  return (
    <Drawer
      variant="temporary"
      open
      onClose={onClose}
      sx={{ '& .MuiDrawer-paper': { width: 'var(--shell-side-width)', boxSizing: 'border-box' } }}
    >
      <Toolbar />
      <Navigation onNavigate={onClose} />
    </Drawer>
  )
}
