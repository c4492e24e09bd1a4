import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useHasRole } from '@/shared/auth/meQueries'
import type { ModuleVersion } from '@/shared/contract/modules'
import { catalogQueries, intakeOpen } from '../../api/catalogQueries'

/** Who may read a publish status (api-contract §3): publishers and admins; a scientist follows the versions list. */
export const useCanFollowPublish = () => useHasRole('developer', 'admin')

/**
 * A version whose intake is still open, followed through the platform's publish status every 10 s: its status, steps
 * and error code as the intake reports them. Once the intake ends, the versions list is read again for the rest of the
 * record (digest, signature), and polling stops. Anyone else, or a settled version, gets the version as it is.
 * `publish` is the status query itself, whose failure the card explains.
 */
export function useLiveIntake(moduleId: string, version: ModuleVersion) {
  const follow = useCanFollowPublish() && intakeOpen(version.status)
  const publish = useQuery({ ...catalogQueries.publishStatus(version.intake.publishId), enabled: follow })
  const queryClient = useQueryClient()
  const live = follow ? publish.data : undefined
  const ended = live !== undefined && !intakeOpen(live.status) && live.status !== version.status
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: catalogQueries.versions(moduleId).queryKey })
  }, [ended, moduleId, queryClient])
  if (!live) return { version, publish }
  const intake = { ...version.intake, steps: live.steps }
  const followed: ModuleVersion = {
    ...version,
    status: live.status,
    intake: live.errorCode ? { ...intake, errorCode: live.errorCode } : intake,
  }
  return { version: followed, publish }
}
