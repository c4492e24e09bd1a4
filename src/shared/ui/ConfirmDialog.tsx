import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material'
import { useId, useState, type ReactNode } from 'react'
import { ErrorState } from './ErrorState'
import { clipText } from '@/shared/lib/clip'

type Props = {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** Label of the button that closes without acting (default "Cancel"; "Keep running" when the action is a cancel). */
  dismissLabel?: string
  /** When set, the user types this text (e.g. the registry host) before confirming. */
  typeToConfirm?: string
  destructive?: boolean
  pending?: boolean
  error?: unknown
  onConfirm: () => void
  onClose: () => void
}

/** Confirms an action; for destructive ones, optionally by typing a name. Errors stay inside the dialog. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  dismissLabel = 'Cancel',
  typeToConfirm,
  destructive,
  pending,
  error,
  onConfirm,
  onClose,
}: Props) {
  const titleId = useId()
  const [typed, setTyped] = useState('')
  const ready = !typeToConfirm || typed.trim() === typeToConfirm
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">{children}</DialogContentText>
        {typeToConfirm && (
          <TextField
            sx={{ mt: 2 }}
            fullWidth
            autoFocus
            autoComplete="off"
            label={`Type ${clipText(typeToConfirm)} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
        {error !== undefined && error !== null && (
          <div style={{ marginTop: 16 }}>
            <ErrorState error={error} />
          </div>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {dismissLabel}
        </Button>
        <Button onClick={onConfirm} disabled={!ready || pending} variant="contained" color={destructive ? 'error' : 'primary'}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
