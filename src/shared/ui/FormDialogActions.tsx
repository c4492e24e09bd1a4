import { Button, DialogActions } from '@mui/material'

type Props = { submitLabel: string; pending: boolean; onCancel: () => void; pendingLabel?: string }

/** Cancel and submit for a dialog that wraps a form; both wait while the submit is in flight. */
export function FormDialogActions({ submitLabel, pending, onCancel, pendingLabel = 'Saving…' }: Props) {
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button type="submit" variant="contained" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </DialogActions>
  )
}
