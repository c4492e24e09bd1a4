import { Autocomplete, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { TextField, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import type { ModuleSummary } from '@/shared/contract/modules'
import { useActionKey } from '@/shared/api/useActionKey'
import { useMe } from '@/shared/auth/meQueries'
import { clipText } from '@/shared/lib/clip'
import { ErrorState } from '@/shared/ui/ErrorState'
import { moduleGrantQueries } from '../../api/moduleGrantQueries'
import { useGrantModule } from '../../api/moduleGrantMutations'
import { grantLabel } from './grantLabel'

type Props = { orgId: string; onClose: () => void }

/** Grant module: choose a catalog module the organization has not been granted yet, then confirm. */
export function GrantModuleDialog({ orgId, onClose }: Props) {
  const titleId = useId()
  const catalog = useQuery(moduleGrantQueries.catalog())
  const granted = useQuery(moduleGrantQueries.grantedIds(orgId))
  const grant = useGrantModule(orgId)
  const key = useActionKey()
  const [selected, setSelected] = useState<ModuleSummary | null>(null)
  const options = useMemo(() => {
    const grantedIds = new Set(granted.data ?? [])
    return (catalog.data ?? []).filter((module) => !grantedIds.has(module.id))
  }, [catalog.data, granted.data])
  const loadError = catalog.error ?? granted.error
  const loading = catalog.isPending || granted.isPending
  // api-contract §3: only a superuser's catalog lists every module; an org admin's lists only what is granted already.
  const { isSuperuser } = useMe()
  const noOptions = isSuperuser
    ? 'Every catalog module is already granted'
    : 'Your catalog lists only modules granted already; a platform admin can grant others'

  const submit = () => {
    if (!selected) return
    grant.mutate(
      { moduleId: selected.id, idempotencyKey: key.current() },
      {
        onSuccess: () => {
          key.renew()
          onClose()
        },
      },
    )
  }

  return (
    <Dialog open onClose={grant.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Grant module</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Members of this organization can run the module once it is granted. Only modules not granted yet are offered.
        </DialogContentText>
        {loadError ? (
          <ErrorState
            error={loadError}
            onRetry={() => {
              if (catalog.isError) void catalog.refetch()
              if (granted.isError) void granted.refetch()
            }}
          />
        ) : (
          <Autocomplete
            options={options}
            value={selected}
            loading={loading}
            onChange={(_event, module) => {
              setSelected(module)
              // Another module is another action: it gets its own idempotency key.
              key.renew()
            }}
            // An option is a button-like item and its label fills the input: a long name is cut (filtering included).
            getOptionLabel={(module) => clipText(grantLabel(module))}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            noOptionsText={loading ? 'Loading the catalog…' : noOptions}
            renderOption={({ key: optionKey, ...props }, module) => (
              <li key={optionKey} {...props}>
                <Box>
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {clipText(grantLabel(module))}
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    {module.id}
                  </Typography>
                </Box>
              </li>
            )}
            renderInput={(params) => <TextField {...params} label="Module" autoFocus />}
          />
        )}
        {grant.error && (
          <Box sx={{ mt: 2 }}>
            <ErrorState error={grant.error} onRetry={submit} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={grant.isPending}>
          Cancel
        </Button>
        <Button variant="contained" onClick={submit} disabled={!selected || grant.isPending}>
          {grant.isPending ? 'Granting…' : 'Grant'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
