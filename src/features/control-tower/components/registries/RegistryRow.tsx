import { Button, Chip, Stack, TableCell, TableRow, Typography } from '@mui/material'
import { useId, useState } from 'react'
import type { Registry } from '@/shared/contract/registries'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { TimeText } from '@/shared/ui/TimeText'
import { CredentialCell } from './CredentialCell'
import { EnabledSwitch } from './EnabledSwitch'
import { RegistryDetails } from './RegistryDetails'
import { RegistryRowActions, type RowAction } from './RegistryRowActions'
import { PROVIDER_LABELS } from './registryText'

type Props = {
  registry: Registry
  now: number
  canManage: boolean
  columns: number
  /** Which columns show (RegistryTable's priorities and column menu); a column missing from it shows. */
  shown: Record<string, boolean>
  busy: { toggling: boolean; testing: boolean }
  onToggle: (enabled: boolean) => void
  onAction: (action: RowAction) => void
}

/** One registry: provider, host, pattern count (expands), credential, last test, last use, enabled, actions. */
export function RegistryRow({ registry, now, canManage, columns, shown, busy, onToggle, onAction }: Props) {
  const show = (columnId: string) => shown[columnId] !== false
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  const count = registry.namespaces.length
  const test = registry.lastTest
  const host = clipText(registry.host)
  // A usual host fits one line, cut by an ellipsis with the whole host as its title; a longer one wraps, cut by LongText.
  const longHost = registry.host.length > DISPLAY_LIMIT.name
  return (
    <>
      <TableRow sx={{ '& > td': { borderBottom: open ? 0 : undefined } }}>
        <TableCell>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {PROVIDER_LABELS[registry.provider] ?? registry.provider}
          </Typography>
          <Typography
            variant="body2"
            component="code"
            title={longHost ? undefined : registry.host}
            sx={
              longHost
                ? { display: 'block', maxWidth: '18rem' }
                : { display: 'block', maxWidth: '18rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
            }
          >
            <LongText value={registry.host} label="host" />
          </Typography>
        </TableCell>
        <TableCell>
          <Button
            size="small"
            sx={{ whiteSpace: 'nowrap' }}
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={`${count} ${count === 1 ? 'pattern' : 'patterns'} of ${host} (${registry.id}): ${open ? 'hide' : 'show'}`}
            onClick={() => setOpen((value) => !value)}
          >
            {count} {count === 1 ? 'pattern' : 'patterns'}
          </Button>
        </TableCell>
        {show('credential') && (
          <TableCell>
            <CredentialCell registry={registry} now={now} />
          </TableCell>
        )}
        {show('lastTested') && (
          <TableCell>
            {test ? (
              <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                <Chip size="small" variant="outlined" color={test.ok ? 'success' : 'error'} label={clipText(test.code)} />
                <TimeText iso={test.at} />
              </Stack>
            ) : (
              'Never'
            )}
          </TableCell>
        )}
        {show('lastUsed') && (
          <TableCell sx={{ whiteSpace: 'nowrap' }}>
            {registry.credential?.lastUsedAt ? <TimeText iso={registry.credential.lastUsedAt} dateOnly /> : '—'}
          </TableCell>
        )}
        <TableCell>
          <EnabledSwitch registry={registry} canManage={canManage} pending={busy.toggling} onToggle={onToggle} />
        </TableCell>
        {canManage && (
          <TableCell align="right">
            <RegistryRowActions registry={registry} testing={busy.testing} onAction={onAction} />
          </TableCell>
        )}
      </TableRow>
      {open && (
        <TableRow id={detailsId}>
          <TableCell colSpan={columns}>
            <RegistryDetails registry={registry} />
          </TableCell>
        </TableRow>
      )}
    </>
  )
}
