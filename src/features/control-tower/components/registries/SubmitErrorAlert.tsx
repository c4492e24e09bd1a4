import { Alert, AlertTitle } from '@mui/material'
import { clipText } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { SubmitError } from '@/shared/ui/SubmitError'
import { duplicatePatternOf } from './formRules'

type Props = {
  error: unknown
  /** 422 field errors that no form field took (applyServerFieldErrors' leftovers). */
  unplaced: string[]
  /** Sends the same action again with the same idempotency key (api-contract §2.4). */
  onRetry: () => void
}

/**
 * A failed registry save, explained inside its dialog (issue 3 §7): a duplicate pattern names the registry that owns
 * it; anything else is the console's one submit error (`SubmitError`). Nothing typed is lost.
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
  return <SubmitError error={error} unplaced={unplaced} onRetry={onRetry} />
}
