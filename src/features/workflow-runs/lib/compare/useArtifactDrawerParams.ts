import { useCallback } from 'react'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { artifactRefText, type ArtifactRef } from './compareParams'

/** URL keys: one artifact previewed (`artifact`), one compared with the baseline's (`diff`), all lines shown (`dlines`). */
export const PREVIEW_KEY = 'artifact'
export const DIFF_KEY = 'diff'
export const ALL_LINES_KEY = 'dlines'

/** Opening an artifact cell of the comparison: its preview, or its content against the baseline's. Back closes it. */
export function useArtifactDrawerParams() {
  const { get, update } = useUrlParams()
  const preview = useCallback(
    (ref: ArtifactRef) => update({ [PREVIEW_KEY]: artifactRefText(ref), [DIFF_KEY]: null }, { keepCursor: true }),
    [update],
  )
  const compare = useCallback(
    (ref: ArtifactRef) => update({ [DIFF_KEY]: artifactRefText(ref), [PREVIEW_KEY]: null }, { keepCursor: true }),
    [update],
  )
  const close = useCallback(
    () => update({ [PREVIEW_KEY]: null, [DIFF_KEY]: null, [ALL_LINES_KEY]: null }, { keepCursor: true }),
    [update],
  )
  return { get, update, preview, compare, close, isOpen: !!get(PREVIEW_KEY) || !!get(DIFF_KEY) }
}
