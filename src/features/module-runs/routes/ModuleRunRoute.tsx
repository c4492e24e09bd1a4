import { Box, IconButton, Typography } from '@mui/material'
import CloseIcon from '@mui/icons-material/Close'
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useLocation, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { PageHeader } from '@/shared/ui/PageHeader'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { RunView } from '../components/RunView'
import { OVER_LIST, useIsOverList } from '../lib/runPresentation'
import { RouteDrawer } from '@/shared/ui/RouteDrawer'
import { primeQuery } from '@/shared/api/primeQuery'

/** Primes the run; a failure is shown by the view itself (not-found, forbidden, retry), so the loader never throws. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await primeQuery(queryClient, moduleRunQueries.detail(params.runId ?? ''))
    return null
  }

const TITLE_ID = 'module-run-title'

/**
 * `/runs/:runId`: a drawer over the run list when opened from it, a page of its own when linked (docs/decisions/005).
 * A re-run opens the new run the same way.
 */
export function Component() {
  const runId = useParams().runId ?? ''
  const overList = useIsOverList()
  const navigate = useNavigate()
  const { search } = useLocation()
  const openRun = (id: string) =>
    void navigate({ pathname: paths.moduleRun(id), search: overList ? search : '' }, { state: overList ? OVER_LIST : null })

  if (!overList)
    return (
      <RunView
        key={runId}
        runId={runId}
        onStarted={openRun}
        renderHeader={(title, actions) => <PageHeader title={title} actions={actions} />}
      />
    )
  const close = () => void navigate({ pathname: paths.moduleRuns(), search })
  return (
    <RouteDrawer titleId={TITLE_ID} onClose={close}>
      {/* The paper is a flex column: without this the sections would shrink to the window and clip. */}
      <Box sx={{ flexShrink: 0 }}>
        <RunView
          key={runId}
          runId={runId}
          onStarted={openRun}
          renderHeader={(title, actions) => <DrawerHeader title={title} actions={actions} onClose={close} />}
        />
      </Box>
    </RouteDrawer>
  )
}

function DrawerHeader({ title, actions, onClose }: { title: string; actions?: ReactNode; onClose: () => void }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 2, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: '12rem' }}>
        <Typography id={TITLE_ID} variant="h2" component="h2" sx={{ fontFamily: 'monospace' }}>
          {title}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Module run
        </Typography>
      </Box>
      {actions}
      <IconButton aria-label="Close run" onClick={onClose}>
        <CloseIcon />
      </IconButton>
    </Box>
  )
}
