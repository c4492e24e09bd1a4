import { LinearProgress } from '@mui/material'

/** Shown while the first route loads (HydrateFallback) and during navigation. */
export function NavigationFallback() {
  return <LinearProgress aria-label="Loading page" sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 'tooltip' }} />
}
