import { Avatar, IconButton } from '@mui/material'
import { lazy, Suspense, useState } from 'react'
import { useMe } from '@/shared/auth/meQueries'
import { clipText } from '@/shared/lib/clip'

// The menu (Menu, Popover, toggle buttons) loads on the first click, not with every page.
const UserMenuPopup = lazy(() => import('./UserMenuPopup').then((m) => ({ default: m.UserMenuPopup })))

/** The account button in the top bar; it opens the account menu. */
export function UserMenu() {
  const me = useMe()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  return (
    <>
      <IconButton aria-label={`Account menu for ${clipText(me.name)}`} onClick={(event) => setAnchor(event.currentTarget)}>
        <Avatar sx={{ width: 32, height: 32, bgcolor: 'primary.main', fontSize: '0.9rem' }}>
          {me.name
            .split(' ')
            .map((part) => part[0])
            .join('')
            .slice(0, 2)}
        </Avatar>
      </IconButton>
      {anchor && (
        <Suspense fallback={null}>
          <UserMenuPopup anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  )
}
