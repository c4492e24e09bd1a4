import { useCallback } from 'react'
import type { Artifact } from '@/shared/contract/artifacts'
import { useUrlParams } from '@/shared/lib/useUrlParams'

/** URL key of the previewed artifact of a run's page (workflow run detail, a module run): its URI. */
const ARTIFACT_KEY = 'artifact'

/** Opening and closing a run's artifact preview (`?artifact=<uri>`): a pushed URL, so Back closes it. */
export function useArtifactPreviewParam() {
  const { get, update } = useUrlParams()
  const open = useCallback((artifact: Artifact) => update({ [ARTIFACT_KEY]: artifact.uri }, { keepCursor: true }), [update])
  const close = useCallback(() => update({ [ARTIFACT_KEY]: null }, { keepCursor: true }), [update])
  return { uri: get(ARTIFACT_KEY), open, close }
}
