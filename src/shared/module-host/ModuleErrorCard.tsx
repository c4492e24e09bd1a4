import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { CopyButton } from '@/shared/ui/CopyButton'
import { hintsFor } from './loadHints'
import { MODULE_ERROR_CAUSES, type ModuleError } from './moduleError'

/** `backticked` parts of a message or hint as code (plain text otherwise; never HTML). */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))

type Props = { error: ModuleError; moduleLabel: string; runId: string; onRetry: () => void }

/** The explained card that replaces a failed module UI (§7): cause, code, name@version, run, details, Retry, Copy. */
export function ModuleErrorCard({ error, moduleLabel, runId, onRetry }: Props) {
  const [open, setOpen] = useState(false)
  const hints = [...new Set([...error.hints, ...hintsFor(`${error.message} ${error.details ?? ''}`)])]
  const details = [`code: ${error.code}`, `module: ${moduleLabel}`, `runId: ${runId}`, `message: ${error.message}`]
  for (const hint of hints) details.push(`hint: ${hint}`)
  if (error.details) details.push('', error.details)
  const text = details.join('\n')
  return (
    <Alert severity="error" role="alert" data-module-error={error.code} sx={{ alignItems: 'flex-start' }}>
      <AlertTitle>The module interface could not be shown</AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">{MODULE_ERROR_CAUSES[error.code]}</Typography>
        <Typography variant="body2">{withCode(error.message)}</Typography>
        {hints.length > 0 && (
          <Box component="ul" aria-label="How to fix it" sx={{ m: 0, pl: 2.5 }}>
            {hints.map((hint) => (
              <Typography component="li" variant="body2" key={hint} data-module-hint="">
                {withCode(hint)}
              </Typography>
            ))}
          </Box>
        )}
        <Typography variant="caption">
          Code <code>{error.code}</code> · {moduleLabel} · run <code>{runId}</code>
        </Typography>
        {open && (
          <Box
            component="pre"
            sx={{ m: 0, p: 1, maxHeight: 240, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', bgcolor: 'action.hover' }}
          >
            {text}
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button variant="outlined" size="small" onClick={onRetry}>
            Retry
          </Button>
          <Button size="small" onClick={() => setOpen((value) => !value)} aria-expanded={open}>
            {open ? 'Hide details' : 'Show details'}
          </Button>
          <CopyButton value={text} label="Copy details" />
        </Box>
      </Stack>
    </Alert>
  )
}
