import { Box, IconButton, Typography } from '@mui/material'
import CloseIcon from '@mui/icons-material/Close'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useLocation, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { paths } from '@/shared/lib/paths'
import { CopyButton } from '@/shared/ui/CopyButton'
import { LongText } from '@/shared/ui/LongText'
import { organizationQueries } from '../api/organizationQueries'
import { OrganizationTabs } from '../components/OrganizationTabs'
import { DRAWER_PARAMS } from '../lib/orgListParams'
import { RouteDrawer } from '@/shared/ui/RouteDrawer'
import { primeQuery } from '@/shared/api/primeQuery'
import { isApiError } from '@/shared/api/ApiError'
import { ErrorState } from '@/shared/ui/ErrorState'

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await primeQuery(queryClient, organizationQueries.detail(params.orgId ?? ''))
    return null
  }

/**
 * `/control-tower/organizations/:orgId?tab=…`: an organization's drawer over the list. Deep-linkable; Esc, the close
 * button and the browser's back button close it, returning to the list with its filters.
 */
export function Component() {
  const orgId = useParams().orgId ?? ''
  const org = useQuery(organizationQueries.detail(orgId))
  const name = org.data?.name ?? orgId
  // An organization that is not there (a stale link, a mistyped id) or not this person's has no tabs to offer.
  const missing = isApiError(org.error) && (org.error.status === 404 || org.error.status === 403)
  const navigate = useNavigate()
  const location = useLocation()
  const close = () => {
    const search = new URLSearchParams(location.search)
    DRAWER_PARAMS.forEach((key) => search.delete(key))
    void navigate({ pathname: paths.organizations(), search: search.toString() })
  }
  return (
    <RouteDrawer titleId="org-drawer-title" onClose={close}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1 }}>
        <Box sx={{ flex: 1 }}>
          {/* The title names the drawer (a dialog): a long name is cut there, and copied whole from beside it. */}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Typography id="org-drawer-title" variant="h2" component="h2" sx={{ overflowWrap: 'anywhere' }}>
              {clipText(name)}
            </Typography>
            {name.length > DISPLAY_LIMIT.name && <CopyButton value={name} label="Copy the whole organization name" />}
          </Box>
          <Typography variant="body2" color="textSecondary">
            {org.data ? (
              <>
                <LongText value={org.data.slug} label="slug" /> · {org.data.id}
              </>
            ) : (
              'Organization'
            )}
          </Typography>
        </Box>
        <IconButton aria-label="Close organization" onClick={close}>
          <CloseIcon />
        </IconButton>
      </Box>
      {missing ? <ErrorState error={org.error} onRetry={() => void org.refetch()} /> : <OrganizationTabs orgId={orgId} />}
    </RouteDrawer>
  )
}
