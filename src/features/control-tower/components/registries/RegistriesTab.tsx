import { Box, Button, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { toServerTime } from '@/shared/lib/serverClock'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import type { Registry } from '@/shared/contract/registries'
import { isApiError } from '@/shared/api/ApiError'
import { clipText } from '@/shared/lib/clip'
import { useHasRole } from '@/shared/auth/meQueries'
import { EmptyState, LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { InlineError } from '@/shared/ui/InlineError'
import { SectionCard } from '@/shared/ui/SectionCard'
import { registryQueries } from '../../api/registryQueries'
import { RegistryTable } from './RegistryTable'
import { useRegistryRowActions } from './useRegistryRowActions'

// The dialogs (and react-hook-form with them) load when first opened, keeping the tab's first load small.
const AddRegistryDialog = lazy(() => import('./AddRegistryDialog').then((m) => ({ default: m.AddRegistryDialog })))
const EditPatternsDialog = lazy(() => import('./EditPatternsDialog').then((m) => ({ default: m.EditPatternsDialog })))
const RotateCredentialDialog = lazy(() => import('./RotateCredentialDialog').then((m) => ({ default: m.RotateCredentialDialog })))
const RowNoticeView = lazy(() => import('./RowNoticeView').then((m) => ({ default: m.RowNoticeView })))
// The checker sits below the registries and is used now and then: it (and the image-reference parser) follows the table.
const ImageRefChecker = lazy(() => import('./ImageRefChecker').then((m) => ({ default: m.ImageRefChecker })))
const DeleteRegistryDialog = lazy(() => import('./DeleteRegistryDialog').then((m) => ({ default: m.DeleteRegistryDialog })))

type OpenDialog = { kind: 'add' } | { kind: 'edit' | 'rotate' | 'delete'; registryId: string }

const savedText = (registry: Registry, verb: string) =>
  `${verb} ${clipText(registry.host)} (${registry.id}).` +
  (registry.credential && !registry.enabled
    ? ' It stays disabled until a Test connection passes: run it from the row menu, then switch it on.'
    : '')

/**
 * Registries tab (issue 3 §3, §4): the organization's registries and the image-reference checker. Superusers and admins
 * change registries; developers read them and use the checker; scientists are refused by the server (403, explained).
 */
export function RegistriesTab({ orgId }: { orgId: string }) {
  const canManage = useHasRole('admin')
  const query = useQuery(registryQueries.list(orgId))
  const actions = useRegistryRowActions(orgId)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const registries = query.data?.items ?? []
  // Statuses are judged against the server's clock when the list arrived: pure per render, fresh after every refetch.
  const now = toServerTime(query.dataUpdatedAt)
  const open = dialog && dialog.kind !== 'add' ? registries.find((registry) => registry.id === dialog.registryId) : undefined
  const close = () => setDialog(null)
  const done = (text: string) => {
    setDialog(null)
    actions.showNotice({ kind: 'info', text })
  }

  if (query.isPending) return <LoadingState label="Loading registries…" />
  if (query.isError && !query.data) {
    const forbidden = isApiError(query.error) && query.error.status === 403
    return <ErrorState error={query.error} onRetry={forbidden ? undefined : () => void query.refetch()} />
  }

  return (
    <Stack spacing={3}>
      <Stack spacing={2}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
            Container registries whose namespaces this organization may publish module images from, tried in this order.
          </Typography>
          {canManage && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
              Add registry
            </Button>
          )}
        </Box>
        {actions.notice && (
          <Suspense fallback={null}>
            <RowNoticeView notice={actions.notice} onClose={() => actions.showNotice(null)} />
          </Suspense>
        )}
        {/* A failed refresh keeps the registries on screen and says so (the rule of QueryState, decision 012). */}
        {query.isError && (
          <InlineError
            error={query.error}
            what="The registries could not be refreshed; showing the last data received"
            onRetry={() => void query.refetch()}
          />
        )}
        {registries.length === 0 ? (
          <EmptyState title="No registries">
            {canManage
              ? 'Add a registry so that module images from its namespaces can be published.'
              : 'No module image can be published for this organization until an admin adds a registry.'}
          </EmptyState>
        ) : (
          <RegistryTable
            registries={registries}
            now={now}
            canManage={canManage}
            togglingId={actions.togglingId}
            testingId={actions.testingId}
            onToggle={actions.toggle}
            onAction={(registry, action) =>
              action === 'test' ? actions.runTest(registry) : setDialog({ kind: action, registryId: registry.id })
            }
          />
        )}
        {query.data?.hasMore && (
          <Typography variant="body2" color="textSecondary">
            Showing the first {registries.length} registries of {query.data.total ?? 'more'}.
          </Typography>
        )}
      </Stack>
      <SectionCard title="Image-reference checker">
        <Suspense fallback={<LoadingState label="Loading the checker…" />}>
          <ImageRefChecker orgId={orgId} registries={registries} />
        </Suspense>
      </SectionCard>
      <Suspense fallback={null}>
        {dialog?.kind === 'add' && (
          <AddRegistryDialog orgId={orgId} onClose={close} onSaved={(registry) => done(savedText(registry, 'Added'))} />
        )}
        {open && dialog?.kind === 'edit' && (
          <EditPatternsDialog
            orgId={orgId}
            registry={open}
            onClose={close}
            onSaved={(registry) => done(savedText(registry, 'Saved the patterns of'))}
          />
        )}
        {open && dialog?.kind === 'rotate' && (
          <RotateCredentialDialog
            orgId={orgId}
            registry={open}
            onClose={close}
            onSaved={(registry) => done(savedText(registry, 'Saved the new credential of'))}
          />
        )}
        {open && dialog?.kind === 'delete' && (
          <DeleteRegistryDialog
            orgId={orgId}
            registry={open}
            onClose={close}
            onDeleted={(registry) => done(`Deleted ${clipText(registry.host)} (${registry.id}).`)}
          />
        )}
      </Suspense>
    </Stack>
  )
}
