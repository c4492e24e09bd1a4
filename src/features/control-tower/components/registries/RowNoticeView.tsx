import { Alert, Stack, Typography } from '@mui/material'
import { isApiError } from '@/shared/api/ApiError'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { SubmitErrorAlert } from './SubmitErrorAlert'
import { TestResultNote } from './TestResultNote'
import type { RowNotice } from './useRegistryRowActions'

/** The outcome of the last row action: a test result, a confirmation, or an explained error with Retry. */
export function RowNoticeView({ notice, onClose }: { notice: RowNotice; onClose: () => void }) {
  if (notice.kind === 'test')
    return <TestResultNote title={`Test connection of ${notice.host}`} result={notice.result} onClose={onClose} />
  if (notice.kind === 'info')
    return (
      <Alert severity="success" role="status" onClose={onClose}>
        {clipText(notice.text, DISPLAY_LIMIT.prose)}
      </Alert>
    )
  const fieldMessages = isApiError(notice.error) ? notice.error.fieldErrors.map((field) => field.message) : []
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="p">
        {clipText(notice.title, DISPLAY_LIMIT.prose)}
      </Typography>
      <SubmitErrorAlert error={notice.error} unplaced={fieldMessages} onRetry={notice.retry} />
    </Stack>
  )
}
