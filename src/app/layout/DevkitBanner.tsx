import { Alert, Link } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { API_BASE } from '@/shared/contract/apiBase'
import { DEVKIT_SERVICE } from '@/shared/contract/devkit'
import { paths } from '@/shared/lib/paths'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'

/** Names the API a devkit session talks to, on every page (issue 13), and what it leaves out. */
export function DevkitBanner() {
  if (!useIsDevkitSession()) return null
  return (
    <Alert severity="info" role="status" aria-label="Local devkit" sx={{ mb: 2 }}>
      Local devkit: this console talks to the devkit API ({DEVKIT_SERVICE}) at <code>{API_BASE}</code>, as the local developer.
      Control Tower, organization settings and workflows are not part of it; Module runs lists the runs of this session.{' '}
      <Link component={RouterLink} to={paths.devkit()} underline="always">
        Register manifests and check its health
      </Link>
      .
    </Alert>
  )
}
