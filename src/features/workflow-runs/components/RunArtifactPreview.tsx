import { lazy, Suspense } from 'react'
import { apiPaths } from '@/shared/contract/paths'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { SectionErrorBoundary } from '@/shared/ui/SectionErrorBoundary'
import { useArtifactPreviewParam } from '../lib/useArtifactPreviewParam'

/** The preview and its renderers are a chunk of their own, loaded when an artifact is first opened (issue 18). */
const ArtifactPreviewDrawer = lazy(() =>
  import('@/shared/artifact-preview/ArtifactPreviewDrawer').then((module) => ({ default: module.ArtifactPreviewDrawer })),
)

/** The drawer of the artifact the URL names, over the run detail page; nothing when none is named. */
export function RunArtifactPreview({ run }: { run: WorkflowRun }) {
  const { uri, close } = useArtifactPreviewParam()
  if (uri === undefined) return null
  const step = run.steps.find((candidate) => candidate.artifacts.some((artifact) => artifact.uri === uri))
  const artifact = step?.artifacts.find((candidate) => candidate.uri === uri)
  return (
    <SectionErrorBoundary title="The preview could not be opened">
      <Suspense fallback={null}>
        <ArtifactPreviewDrawer
          artifact={artifact}
          contentPath={apiPaths.workflowRunArtifactContent(run.id)}
          context={step ? `${run.id} · ${step.name}` : run.id}
          onClose={close}
        />
      </Suspense>
    </SectionErrorBoundary>
  )
}
