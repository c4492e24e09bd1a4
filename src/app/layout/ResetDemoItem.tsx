import { ListItemIcon, ListItemText, MenuItem } from '@mui/material'
import RestartAltIcon from '@mui/icons-material/RestartAlt'
import { z } from '@/shared/contract/zod'
import { demoPaths } from '@/shared/contract/demo'
import { http, newIdempotencyKey } from '@/shared/api/http'

/** Demo mode only: undo every change made in this browser session, then start afresh. */
export function ResetDemoItem() {
  const reset = async () => {
    await http(demoPaths.reset(), z.undefined(), { method: 'POST', idempotencyKey: newIdempotencyKey() })
    // The reload starts from nothing; clearing the cache first would pull `me` from under the page still on screen.
    window.location.reload()
  }
  return (
    <MenuItem onClick={() => void reset()}>
      <ListItemIcon>
        <RestartAltIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText primary="Reset demo data" secondary="Undo every change made in this session" />
    </MenuItem>
  )
}
