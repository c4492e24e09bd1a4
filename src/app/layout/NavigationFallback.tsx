import { LinearProgress } from '@mui/material'
import { useNavigation } from 'react-router'

/** Shown while the first route loads (HydrateFallback) and during navigation. */
export function NavigationFallback() {
  return <LinearProgress aria-label="Loading page" sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 'tooltip' }} />
}

/**
 * The progress bar while a navigation loads. Its own component, so that the navigation's state changes re-render only
 * it: read in the shell, they re-rendered the app bar, the side navigation and the breadcrumbs twice per click (issue 16).
 */
export function NavigationProgress() {
  return useNavigation().state === 'idle' ? null : <NavigationFallback />
}
