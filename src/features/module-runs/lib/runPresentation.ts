import { useLocation } from 'react-router'

/** History state of a run opened from the run list: it opens as a drawer over the list (docs/decisions/005). */
export type RunLinkState = { overList: true }
export const OVER_LIST: RunLinkState = { overList: true }

/** Whether the run view at this location sits over the run list (drawer) or stands alone (page, e.g. a shared link). */
export function useIsOverList(): boolean {
  const state = useLocation().state as Partial<RunLinkState> | null
  return state?.overList === true
}
