import { Alert, AlertTitle, Box } from '@mui/material'
import { isApiError } from '@/shared/api/ApiError'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { ErrorState } from './ErrorState'
import { LongText } from './LongText'

type Props = {
  error: unknown
  /** 422 field errors that no form field took (`applyServerFieldErrors`' leftovers). */
  unplaced: string[]
  /** Sends the same action again with the same idempotency key (api-contract §2.4). */
  onRetry: () => void
  /** The title of a failure that is not about the input, e.g. "The run did not start". */
  title?: string
  /** What to do once every refused field is marked, e.g. "…and start the run again." */
  fixHint?: string
}

/**
 * A failed form submit, explained in the form (api-contract §2.4): a 400/422 names what the server refused — field
 * errors sit on their fields, the ones no field took are listed here — and anything else is an explained error with
 * Retry. Nothing typed is lost either way.
 */
export function SubmitError({
  error,
  unplaced,
  onRetry,
  title,
  fixHint = 'Correct the highlighted fields and save again.',
}: Props) {
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
          fixHint
        )}
      </Alert>
    )
  return <ErrorState error={error} title={title} onRetry={onRetry} />
}
