import { Box, Button, FormHelperText, Stack, TextField } from '@mui/material'
import { useId, useState, type KeyboardEvent } from 'react'
import { MESSAGES, validateNamespacePattern } from '@/shared/contract/imageRef'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { ClippedChip } from '../ClippedChip'

type Props = {
  /** The entry's host; null while it is not known yet (an ECR host being typed). */
  host: string | null
  /** Why no pattern can be typed yet, shown while `host` is null. */
  hostMissingText?: string
  value: string[]
  onChange: (next: string[]) => void
  /** An error per chip (client rules or a server 422 on `namespaces[i]`). */
  chipErrors?: (string | undefined)[]
  /** An error about the list as a whole (none added, or a server message without an index). */
  error?: string
}

type Feedback = { text: string[]; isError: boolean; canAdd: boolean; canonical?: string }

/** What the field says about the pattern being typed: the exact §7 message, M14, or W1/W2 as notes. */
function feedbackFor(draft: string, host: string, value: string[], error: string | undefined): Feedback {
  if (draft.trim() === '') return { text: [error ?? MESSAGES.M1(host)], isError: error !== undefined, canAdd: false }
  const result = validateNamespacePattern(draft, host)
  if (!result.ok) return { text: [result.message], isError: true, canAdd: false }
  if (value.includes(result.canonical)) return { text: [MESSAGES.M14(result.canonical)], isError: true, canAdd: false }
  const text = result.warnings.length > 0 ? result.warnings : ['Press Enter or Add pattern to add it.']
  return { text, isError: false, canAdd: true, canonical: result.canonical }
}

/**
 * Namespace patterns as chips (registry-patterns.md §8). Each pattern is validated live with the shared matcher; only a
 * valid pattern can be added, and it is added in canonical form (§3: stored canonical, de-duplicated, in entered order).
 */
export function PatternChipsField({ host, hostMissingText, value, onChange, chipErrors = [], error }: Props) {
  const [draft, setDraft] = useState('')
  const listId = useId()
  const feedback = host === null ? null : feedbackFor(draft, host, value, error)
  // A chip added for another host (an ECR host edited afterwards) is flagged at once, not only on save.
  const chipError = (pattern: string, i: number): string | undefined => {
    if (chipErrors[i]) return chipErrors[i]
    const result = host === null ? null : validateNamespacePattern(pattern, host)
    return result && !result.ok ? result.message : undefined
  }

  const add = () => {
    if (!feedback?.canAdd || feedback.canonical === undefined) return
    onChange([...value, feedback.canonical])
    setDraft('')
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter adds the chip; it must never submit the surrounding form.
    if (event.key !== 'Enter') return
    event.preventDefault()
    add()
  }

  return (
    <Stack spacing={1}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label="Namespace pattern"
          placeholder={host ? `${clipText(host)}/my-org/*` : undefined}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={host === null}
          error={feedback?.isError ?? false}
          fullWidth
          helperText={
            feedback === null ? (
              hostMissingText
            ) : (
              <>
                {feedback.text.map((line) => (
                  // A message quotes the host or the pattern, which may be of any length.
                  <Box component="span" key={line} sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                    {clipText(line, DISPLAY_LIMIT.prose)}
                  </Box>
                ))}
              </>
            )
          }
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false, 'aria-controls': listId } }}
        />
        <Button variant="outlined" onClick={add} disabled={!feedback?.canAdd} sx={{ mt: 1, flexShrink: 0 }}>
          Add pattern
        </Button>
      </Box>
      <Box
        component="ul"
        id={listId}
        aria-label="Namespace patterns"
        sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1 }}
      >
        {value.map((pattern, i) => (
          <li key={pattern}>
            <ClippedChip
              value={pattern}
              what="pattern"
              color={chipError(pattern, i) ? 'error' : 'default'}
              variant="outlined"
              onDelete={() => onChange(value.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </Box>
      {value.map((pattern, i) => {
        const message = chipError(pattern, i)
        return message ? (
          <FormHelperText key={pattern} error sx={{ overflowWrap: 'anywhere' }}>
            {clipText(pattern)}: {clipText(message, DISPLAY_LIMIT.prose)}
          </FormHelperText>
        ) : null
      })}
      {error && draft.trim() !== '' && <FormHelperText error>{clipText(error, DISPLAY_LIMIT.prose)}</FormHelperText>}
    </Stack>
  )
}
