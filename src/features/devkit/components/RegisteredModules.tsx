import {
  Box,
  Button,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { useActionKey } from '@/shared/api/useActionKey'
import type { ModuleSummary } from '@/shared/contract/modules'
import { moduleQueries } from '@/shared/entities/modules'
import { clipText } from '@/shared/lib/clip'
import { paths } from '@/shared/lib/paths'
import { EmptyState } from '@/shared/ui/DataState'
import { QueryState } from '@/shared/ui/QueryState'
import { SectionCard } from '@/shared/ui/SectionCard'
import { visuallyHidden } from '@/shared/ui/visuallyHidden'
import { useRemoveManifest } from '../api/devkitQueries'

const ConfirmDialog = lazy(() => import('@/shared/ui/ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })))

/** The manifests the devkit API holds (`GET /v1/modules`), each with its pages and a confirmed Remove. */
export function RegisteredModules() {
  const modules = useQuery(moduleQueries.list())
  const [removing, setRemoving] = useState<ModuleSummary | null>(null)
  const remove = useRemoveManifest()
  const key = useActionKey()
  const close = () => {
    setRemoving(null)
    remove.reset()
    key.renew()
  }
  return (
    <SectionCard title="Registered manifests">
      <QueryState
        query={modules}
        loading="Loading the registered manifests"
        what="The registered manifests"
        isEmpty={(list) => list.items.length === 0}
        empty={<EmptyState title="No manifest registered">Register one above: it appears here and in Modules.</EmptyState>}
      >
        {(list) => (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label="Registered manifests">
              <TableHead>
                <TableRow>
                  <TableCell>Module</TableCell>
                  <TableCell>Version</TableCell>
                  <TableCell>Type</TableCell>
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      Actions
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.items.map((module) => (
                  <TableRow key={module.id}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>
                      <Link component={RouterLink} to={paths.module(module.id)}>
                        {clipText(module.displayName ?? module.moduleName)}
                      </Link>
                      <Typography variant="caption" color="textSecondary" component="div">
                        {clipText(module.id)}
                      </Typography>
                    </TableCell>
                    <TableCell>{clipText(module.currentVersion)}</TableCell>
                    <TableCell>{module.type ?? '—'}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" component={RouterLink} to={paths.launchModule(module.id)}>
                        Run
                      </Button>
                      <Button size="small" color="error" onClick={() => setRemoving(module)} aria-label={`Remove ${module.id}`}>
                        Remove
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </QueryState>
      {removing && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={`Remove ${removing.id}?`}
            confirmLabel="Remove"
            destructive
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate({ moduleId: removing.id, idempotencyKey: key.current() }, { onSuccess: close })}
            onClose={close}
          >
            The devkit API forgets this manifest: it leaves Modules and can no longer be run. Runs already made keep their
            results. Register the manifest again to bring it back.
          </ConfirmDialog>
        </Suspense>
      )}
    </SectionCard>
  )
}
