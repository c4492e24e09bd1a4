import { ArtifactPreviewDrawer } from '@/shared/artifact-preview/ArtifactPreviewDrawer'
import { apiPaths } from '@/shared/contract/paths'
import type { ModuleRun } from '@/shared/contract/moduleRuns'

type Props = { run: ModuleRun; uri: string; onClose: () => void }

/**
 * The drawer of the artifact the URL names (`?artifact=<uri>`), over the module run. The default export is a chunk
 * of its own with the previews' renderers, loaded when an artifact is first opened (issue 18).
 */
export default function RunArtifactPreview({ run, uri, onClose }: Props) {
  return (
    <ArtifactPreviewDrawer
      artifact={run.artifacts.find((artifact) => artifact.uri === uri)}
      contentPath={apiPaths.moduleRunArtifactContent(run.runId)}
      context={`${run.runId} · ${run.moduleName}`}
      onClose={onClose}
    />
  )
}
