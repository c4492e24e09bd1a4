import { Alert, Link, Stack, Typography } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link as RouterLink, useParams, type LoaderFunctionArgs } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { catalogQueries } from '../api/catalogQueries'
import { LaunchForm } from '../components/launch/LaunchForm'
import { displayNameOf } from '../lib/catalogParams'
import { formFieldsOf } from '../lib/inputSchema'
import { isRunnable } from '../lib/runnable'
import { ModuleUiPanel } from '@/shared/module-host/ModuleUiPanel'
import { SectionCard } from '@/shared/ui/SectionCard'
import { clipText } from '@/shared/lib/clip'
import { primeQuery } from '@/shared/api/primeQuery'

/** Primes the module (its manifest carries the inputs schema); a failure is shown by the page itself. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await primeQuery(queryClient, catalogQueries.detail(params.moduleId ?? ''))
    return null
  }

/** `/modules/:moduleId/run`: a form generated from the manifest's `inputs`; starting a run opens it. */
export function Component() {
  const moduleId = useParams().moduleId ?? ''
  const detail = useQuery(catalogQueries.detail(moduleId))
  const inputs = detail.data?.manifest.inputs
  const form = useMemo(() => formFieldsOf(inputs), [inputs])
  const back = (
    <Link component={RouterLink} to={paths.module(moduleId)} underline="always">
      Back to the module
    </Link>
  )

  if (detail.isPending) return <LoadingState label="Loading module" />
  // Only a first load that failed replaces the page: a failed refresh keeps the form and what is typed in it (issue 7),
  // and the query cache's notice says the refresh failed.
  if (detail.isError && !detail.data)
    return (
      <>
        <PageHeader title={`Run ${moduleId}`} />
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} action={back} />
      </>
    )
  const module = detail.data
  const runnable = isRunnable(module.status)
  return (
    <>
      <PageHeader
        title={`Run ${displayNameOf(module)}`}
        subtitle={
          <>
            <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
              {clipText(module.moduleName)} v{module.currentVersion}
            </Typography>
            {' · '}
            {back}
          </>
        }
      />
      <Stack spacing={2} sx={{ maxWidth: 880 }}>
        {module.type === 'with-ui' && (
          <>
            {/* The module's own interface starts runs through onExecute (module-ui-contract §2); no run exists yet. */}
            <ModuleUiPanel
              moduleId={module.id}
              runId={`ui-${module.id}`}
              followsRun={false}
              inputData={{}}
              wrap={(content) => <SectionCard title="Module UI">{content}</SectionCard>}
            />
            <Typography variant="body2" color="textSecondary">
              Or start a run with its parameters; the run page shows its progress and result.
            </Typography>
          </>
        )}
        {form.legacy && form.fields.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            This manifest declares its inputs in the legacy flat form; the form reads it the same way the platform does.
          </Typography>
        )}
        {runnable ? (
          <LaunchForm module={module} fields={form.fields} />
        ) : (
          <Alert severity="warning">
            The current version v{module.currentVersion} is {String(module.status).toLowerCase()} and cannot start runs. See the
            module’s Versions tab.
          </Alert>
        )}
      </Stack>
    </>
  )
}
