import { ArtifactPreviewDrawer } from '@/shared/artifact-preview/ArtifactPreviewDrawer'
import { apiPaths } from '@/shared/contract/paths'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { ARTIFACT_CHANGE_LABEL, type ArtifactRow } from '../../lib/compare/artifactDiff'
import { artifactRefFrom, type ArtifactRef } from '../../lib/compare/compareParams'
import { ALL_LINES_KEY, DIFF_KEY, PREVIEW_KEY, useArtifactDrawerParams } from '../../lib/compare/useArtifactDrawerParams'
import { ContentDiffDrawer } from './ContentDiffDrawer'

type Props = { runs: WorkflowRun[]; baselineIndex: number; rows: ArtifactRow[] }

const cellOf = (runs: WorkflowRun[], rows: ArtifactRow[], ref: ArtifactRef) => {
  const row = rows.find((candidate) => candidate.stepId === ref.stepId && candidate.name === ref.name)
  const index = runs.findIndex((run) => run.id === ref.runId)
  return { row, index, cell: index === -1 ? undefined : row?.cells[index] }
}

/**
 * The drawer the comparison's URL names, if any, over the page: an artifact's preview or its content against the
 * baseline's. The default export is a chunk of its own with the previews' renderers, loaded when first opened (issue 18).
 */
export default function ComparisonArtifactDrawers({ runs, baselineIndex, rows }: Props) {
  const { get, update, close } = useArtifactDrawerParams()
  const previewRef = artifactRefFrom(get(PREVIEW_KEY))
  const diffRef = artifactRefFrom(get(DIFF_KEY))
  let drawer = null
  if (diffRef) {
    const { row, index, cell } = cellOf(runs, rows, diffRef)
    const baselineRun = runs[baselineIndex]!
    const versions =
      cell?.baseline && cell.other && index !== baselineIndex
        ? {
            baseline: { run: baselineRun, artifact: cell.baseline, title: `${baselineRun.id} (baseline)` },
            other: { run: runs[index]!, artifact: cell.other, title: runs[index]!.id },
          }
        : undefined
    drawer = (
      <ContentDiffDrawer
        name={row?.name ?? diffRef.name}
        change={cell ? ARTIFACT_CHANGE_LABEL[cell.change] : 'Not found'}
        versions={versions}
        showAll={get(ALL_LINES_KEY) === 'all'}
        onShowAll={(all) => update({ [ALL_LINES_KEY]: all ? 'all' : null }, { keepCursor: true, replace: true })}
        onClose={close}
      />
    )
  } else if (previewRef) {
    const { row, cell } = cellOf(runs, rows, previewRef)
    const artifact = cell && cell.change !== 'removed' ? (cell.other ?? cell.baseline) : undefined
    drawer = (
      <ArtifactPreviewDrawer
        artifact={artifact}
        contentPath={apiPaths.workflowRunArtifactContent(previewRef.runId)}
        context={`${previewRef.runId} · ${row?.stepName ?? previewRef.stepId}`}
        onClose={close}
      />
    )
  }
  return drawer
}
