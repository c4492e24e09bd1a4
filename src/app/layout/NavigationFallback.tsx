import { useNavigation } from 'react-router'
import './NavigationFallback.css'

/** Shown while the first route loads (HydrateFallback) and during navigation: a static-styled loading bar. */
export function NavigationFallback() {
  return <div className="nav-progress" role="progressbar" aria-label="Loading page" />
}

/**
 * The progress bar while a navigation loads. Its own component, so that the navigation's state changes re-render only
 * it: read in the shell, they re-rendered the app bar, the side navigation and the breadcrumbs twice per click (issue 16).
 */
export function NavigationProgress() {
  return useNavigation().state === 'idle' ? null : <NavigationFallback />
}
