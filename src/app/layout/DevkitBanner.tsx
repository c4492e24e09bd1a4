import { Alert } from '@mui/material'
import { API_BASE } from '@/shared/contract/apiBase'
import { DEVKIT_SERVICE } from '@/shared/contract/devkit'
import { useIsDevkitSession } from '@/shared/stores/sessionStore'

/** Names the API a devkit session talks to, on every page (issue 13), and what it leaves out. */
export function DevkitBanner() {
  if (!useIsDevkitSession()) return null
  return (
    <Alert severity="info" role="status" aria-label="Local devkit" sx={{ mb: 2 }}>
      Local devkit: this console talks to the devkit API ({DEVKIT_SERVICE}) at <code>{API_BASE}</code>, as the local developer.
      Control Tower, organization settings, workflows and the run list are not part of it.
    </Alert>
  )
}
