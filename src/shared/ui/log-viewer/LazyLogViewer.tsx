import { lazy, Suspense } from 'react'
import { LoadingState } from '@/shared/ui/DataState'
import type { LogViewerProps } from './LogViewer'

// The viewer and its virtualised lines are a chunk of their own, fetched while the log itself is: a run page's first
// load stays under its budget (issue 16, item 4).
const LogViewer = lazy(() => import('./LogViewer').then((m) => ({ default: m.LogViewer })))

/** The shared log viewer, loaded on first use. */
export function LazyLogViewer(props: LogViewerProps) {
  return (
    <Suspense fallback={<LoadingState label="Loading the log viewer" />}>
      <LogViewer {...props} />
    </Suspense>
  )
}
