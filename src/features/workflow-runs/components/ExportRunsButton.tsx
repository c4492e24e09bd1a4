import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined'
import { Button } from '@mui/material'
import { lazy, Suspense } from 'react'
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
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        onClick={start}
        disabled={disabled || state.phase !== 'idle'}
      >
        Export CSV
      </Button>
      {state.phase !== 'idle' && (
        <Suspense fallback={null}>
          <ExportRunsDialog state={state} onCancel={cancel} onRetry={retry} />
        </Suspense>
      )}
    </>
  )
}
