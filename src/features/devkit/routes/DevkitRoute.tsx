import { Grid, Stack } from '@mui/material'
import type { QueryClient } from '@tanstack/react-query'
import { moduleQueries } from '@/shared/entities/modules'
import { API_BASE } from '@/shared/contract/apiBase'
import { PageHeader } from '@/shared/ui/PageHeader'
import { devkitQueries } from '../api/devkitQueries'
import { HealthPanel } from '../components/HealthPanel'
import { RegisteredModules } from '../components/RegisteredModules'
import { RegisterManifest } from '../components/RegisterManifest'
import { primeQuery } from '@/shared/api/primeQuery'

/** Starts both reads with the navigation; a failure is the panels' to explain, so nothing here throws. */
export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([primeQuery(queryClient, moduleQueries.list()), primeQuery(queryClient, devkitQueries.ready())])
  return null
}

/**
 * `/devkit` (a devkit session only; issue 13): what a module developer does beside `hla-compass devkit up` that the
 * catalog does not: register and remove manifests, and see whether the API and its services answer.
 */
export function Component() {
  return (
    <>
      <PageHeader
        title="Local devkit"
        subtitle={`Manifests and health of the devkit API at ${API_BASE}. Registered modules appear in Modules, where you run them.`}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2}>
            <RegisterManifest />
            <RegisteredModules />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <HealthPanel />
        </Grid>
      </Grid>
    </>
  )
}
