import { Alert, AlertTitle, Box } from '@mui/material'
import { isApiError } from '@/shared/api/ApiError'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LongText } from '@/shared/ui/LongText'
import { duplicatePatternOf } from './formRules'

type Props = {
  error: unknown
  /** 422 field errors that no form field took (applyServerFieldErrors' leftovers). */
  unplaced: string[]
  /** Sends the same action again with the same idempotency key (api-contract §2.4). */
  onRetry: () => void
}

/**
 * A failed save, explained inside its dialog (issue 3 §7): field errors sit on their fields, a duplicate pattern names
 * the registry that owns it, anything else is an explained error with Retry. Nothing typed is lost.
 */
export function SubmitErrorAlert({ error, unplaced, onRetry }: Props) {
  const duplicate = duplicatePatternOf(error)
  if (duplicate)
    return (
      <Alert severity="warning" role="alert">
        <AlertTitle>Pattern already registered</AlertTitle>
        <code>
          <LongText value={duplicate.pattern} label="pattern" />
        </code>{' '}
        already belongs to the{' '}
        <strong>
          <LongText value={duplicate.host} label="host" />
        </strong>{' '}
        registry <code>{clipText(duplicate.registryId)}</code> of this organization. A pattern can belong to one registry only,
        otherwise it would be unclear which credential pulls the image. Remove it here, or remove it from that registry first.
      </Alert>
    )
  if (isApiError(error) && (error.status === 422 || error.status === 400))
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>{clipText(error.message, DISPLAY_LIMIT.prose)}</AlertTitle>
        {unplaced.length > 0 ? (
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {unplaced.map((line) => (
              <li key={line}>
                <LongText value={line} max={DISPLAY_LIMIT.prose} label="message" />
              </li>
            ))}
          </Box>
        ) : (
          'Correct the highlighted fields and save again.'
        )}
      </Alert>
    )
  return <ErrorState error={error} onRetry={onRetry} />
}
