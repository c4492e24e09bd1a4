import {
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { formatDuration } from '@/shared/lib/format'
import { TimeText } from '@/shared/ui/TimeText'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { FormDialogActions } from '@/shared/ui/FormDialogActions'
import { InputField } from '@/shared/ui/InputField'
import { workflowRunQueries } from '../../api/workflowRunQueries'
import { clipText } from '@/shared/lib/clip'

type Props = {
  workflowId: string
  comparedIds: readonly string[]
  onAdd: (runIds: string[]) => void
  onClose: () => void
}

const PICK_LIMIT = 25

/** Pick more runs of this workflow to compare: the latest ones, or any found by id, tag or person. */
export function AddRunsDialog({ workflowId, comparedIds, onAdd, onClose }: Props) {
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<string[]>([])
  const q = useDebouncedValue(text.trim(), 250)
  const list = useQuery(workflowRunQueries.list(workflowId, { q: q || undefined, limit: PICK_LIMIT, sort: '-startedAt' }))
  const toggle = (id: string) => setPicked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="add-runs-title"
      slotProps={{
        paper: {
          component: 'form',
          onSubmit: (event: React.FormEvent) => {
            event.preventDefault()
            if (picked.length > 0) onAdd(picked)
          },
        },
      }}
    >
      <DialogTitle id="add-runs-title">Add runs to the comparison</DialogTitle>
      <DialogContent>
        <InputField
          label="Find runs"
          helperText="Run id, tag or who triggered it"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus
          fullWidth
          sx={{ mt: 1 }}
        />
        {list.isPending ? (
          <LoadingState label="Loading runs" />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Typography sx={{ py: 2 }}>No run matches “{q}”.</Typography>
        ) : (
          <List dense aria-label="Runs">
            {list.data.items.map((run) => {
              const compared = comparedIds.includes(run.id)
              const checked = compared || picked.includes(run.id)
              return (
                <ListItem key={run.id} disablePadding>
                  <ListItemButton disabled={compared} onClick={() => toggle(run.id)} role={undefined}>
                    <ListItemIcon>
                      <Checkbox
                        edge="start"
                        checked={checked}
                        tabIndex={-1}
                        disableRipple
                        slotProps={{ input: { 'aria-label': run.id } }}
                      />
                    </ListItemIcon>
                    <ListItemText
                      primary={`${run.id} · ${run.status}${compared ? ' · already compared' : ''}`}
                      secondary={
                        <>
                          <TimeText iso={run.startedAt} /> · {formatDuration(run.durationMs)} · {clipText(run.triggeredBy.name)}
                        </>
                      }
                    />
                  </ListItemButton>
                </ListItem>
              )
            })}
          </List>
        )}
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        pending={false}
        submitLabel={picked.length > 1 ? `Add ${picked.length} runs` : 'Add selected run'}
      />
    </Dialog>
  )
}
