import { Alert, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import { exampleReferenceFor, matchesPattern, parseImageRef } from '@/shared/contract/imageRef'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

/** Match / no match / invalid, for one reference against the patterns in the form (a local preview). */
function verdictFor(reference: string, patterns: string[]) {
  const parsed = parseImageRef(reference)
  if (!parsed.ok) return { severity: 'error' as const, text: `Not a valid image reference: ${parsed.reason}` }
  const pattern = patterns.find((candidate) => matchesPattern(parsed, candidate))
  if (pattern !== undefined)
    return { severity: 'success' as const, text: `${reference} would match (${pattern}). Repository: ${parsed.repository}.` }
  return {
    severity: 'warning' as const,
    text: `${reference} would not match any pattern in the list. Repository: ${parsed.repository}.`,
  }
}

/**
 * "Example reference → match?" (registry-patterns.md §8): prefilled from the first pattern until the user types their
 * own reference. The matching itself is the shared matcher's; the server decides for real at publish time.
 */
export function PatternPreview({ patterns }: { patterns: string[] }) {
  const [typed, setTyped] = useState<string | null>(null)
  const example = patterns.length > 0 ? exampleReferenceFor(patterns[0]!) : ''
  const reference = typed ?? example
  if (patterns.length === 0 && typed === null) return null
  const verdict = reference.trim() === '' ? null : verdictFor(reference, patterns)
  return (
    <Stack spacing={1}>
      <TextField
        label="Example image reference"
        value={reference}
        onChange={(event) => setTyped(event.target.value)}
        helperText="Try a reference to see whether these patterns would admit it."
        size="small"
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      {verdict && (
        <Alert severity={verdict.severity} role="status" sx={{ overflowWrap: 'anywhere' }}>
          <LongText value={verdict.text} max={DISPLAY_LIMIT.prose} label="verdict" />
        </Alert>
      )}
    </Stack>
  )
}
