import { Drawer, Toolbar } from '@mui/material'
import { Navigation } from './Navigation'

type Props = { width: number; onClose: () => void }

/** The navigation as a temporary drawer on narrow screens; loaded only when it is first opened (it needs MUI's Modal). */
export default function MobileNavigationDrawer({ width, onClose }: Props) {
  return (
    <Drawer variant="temporary" open onClose={onClose} sx={{ '& .MuiDrawer-paper': { width, boxSizing: 'border-box' } }}>
      <Toolbar />
      <Navigation onNavigate={onClose} />
    </Drawer>
  )
}
