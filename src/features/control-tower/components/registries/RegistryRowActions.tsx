import { IconButton } from '@mui/material'
import MoreIcon from '@mui/icons-material/MoreVert'
import { lazy, Suspense, useId, useState } from 'react'
import type { Registry } from '@/shared/contract/registries'
import { clipText } from '@/shared/lib/clip'

export type RowAction = 'edit' | 'test' | 'rotate' | 'delete'

const RegistryActionsMenu = lazy(() => import('./RegistryActionsMenu'))

type Props = { registry: Registry; testing: boolean; onAction: (action: RowAction) => void }

/** The write actions of one registry, in a labelled menu (superuser and admin only; the tab hides it from others). */
export function RegistryRowActions({ registry, testing, onAction }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  return (
    <>
      <IconButton
        aria-label={`Actions for ${clipText(registry.host)} (${registry.id})`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreIcon />
      </IconButton>
      {anchor && (
        <Suspense fallback={null}>
          <RegistryActionsMenu
            id={menuId}
            anchor={anchor}
            registry={registry}
            testing={testing}
            onClose={() => setAnchor(null)}
            onPick={(action) => {
              setAnchor(null)
              onAction(action)
            }}
          />
        </Suspense>
      )}
    </>
  )
}
