import { Box, Button, Link, Typography } from '@mui/material'
import PlayArrowIcon from '@mui/icons-material/PlayArrow'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { Link as RouterLink, useParams, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { RefreshError } from '@/shared/ui/QueryState'
import { catalogQueries } from '../api/catalogQueries'
import { ModuleBadges } from '../components/ModuleBadges'
import { ModuleTabs } from '../components/ModuleTabs'
import { displayNameOf } from '../lib/catalogParams'
import { isRunnable } from '../lib/runnable'
import { clipText } from '@/shared/lib/clip'
import { primeQuery } from '@/shared/api/primeQuery'

/** Primes the module and its versions in parallel; failures are shown by the page itself, so this never throws. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const moduleId = params.moduleId ?? ''
    await Promise.all([
      primeQuery(queryClient, catalogQueries.detail(moduleId)),
      primeQuery(queryClient, catalogQueries.versions(moduleId)),
    ])
    return null
  }

/** Tabs and their paging live in the search params: no loader run for them. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** `/modules/:moduleId?tab=overview|versions|runs|manifest`. */
export function Component() {
  const moduleId = useParams().moduleId ?? ''
  const detail = useQuery(catalogQueries.detail(moduleId))
  if (detail.isPending) return <LoadingState label="Loading module" />
  if (detail.isError && detail.data === undefined)
    return (
      <>
        <PageHeader title={moduleId} />
        <ErrorState
          error={detail.error}
          onRetry={() => void detail.refetch()}
          action={
            <Link component={RouterLink} to={paths.modules()}>
              Back to the catalog
            </Link>
          }
        />
      </>
    )

  const module = detail.data
  return (
    <>
      <PageHeader
        title={displayNameOf(module)}
        subtitle={
          <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
              {clipText(module.moduleName)} · current version v{module.currentVersion}
            </Typography>
            <ModuleBadges module={module} />
          </Box>
        }
        actions={
          isRunnable(module.status) ? (
            <Button variant="contained" component={RouterLink} to={paths.launchModule(module.id)} startIcon={<PlayArrowIcon />}>
              Run module
            </Button>
          ) : undefined
        }
      />
      <RefreshError query={detail} what="The module" />
      <ModuleTabs module={module} />
    </>
  )
}
