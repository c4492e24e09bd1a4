import { ArtifactPreviewDrawer } from '@/shared/artifact-preview/ArtifactPreviewDrawer'
import { apiPaths } from '@/shared/contract/paths'
import type { WorkflowRun } from '@/shared/contract/workflows'

type Props = { run: WorkflowRun; uri: string; onClose: () => void }

/**
 * The drawer of the artifact the URL names (`?artifact=<uri>`), over the run detail page. The default export is a
 * chunk of its own with the previews' renderers, loaded when an artifact is first opened (issue 18).
 */
export default function RunArtifactPreview({ run, uri, onClose }: Props) {
  const step = run.steps.find((candidate) => candidate.artifacts.some((artifact) => artifact.uri === uri))
  const artifact = step?.artifacts.find((candidate) => candidate.uri === uri)
  return (
    <ArtifactPreviewDrawer
      artifact={artifact}
      contentPath={apiPaths.workflowRunArtifactContent(run.id)}
      context={step ? `${run.id} · ${step.name}` : run.id}
      onClose={onClose}
    />
  )
}
