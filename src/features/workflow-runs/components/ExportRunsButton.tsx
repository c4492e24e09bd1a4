import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined'
import { lazy, Suspense } from 'react'
import { PlainButton } from '@/shared/ui/PlainButton'
import type { WorkflowRunListParams } from '../api/workflowRunQueries'
import { useRunsExport } from './useRunsExport'

// The dialog's code loads on the first export, not with the page.
const ExportRunsDialog = lazy(() => import('./ExportRunsDialog').then((m) => ({ default: m.ExportRunsDialog })))

/** "Export CSV" of the whole current filter and sort, not only the loaded page (issue 5, api-contract §9). */
export function ExportRunsButton({
  workflowId,
  params,
  disabled,
}: {
  workflowId: string
  params: WorkflowRunListParams
  disabled?: boolean
}) {
  const { state, start, retry, cancel } = useRunsExport(workflowId, params)
  return (
    <>
      <PlainButton
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        onClick={start}
        disabled={disabled || state.phase !== 'idle'}
      >
        Export CSV
      </PlainButton>
      {state.phase !== 'idle' && (
        <Suspense fallback={null}>
          <ExportRunsDialog state={state} onCancel={cancel} onRetry={retry} />
        </Suspense>
      )}
    </>
  )
}
