import { Alert, AlertTitle } from '@mui/material'
import type { TestCode } from '@/shared/contract/registries'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'
import { explainTestCode } from './registryText'

type Props = { result: { ok: boolean; code: TestCode; message: string }; title?: string; onClose?: () => void }

/** The outcome of a connection test: code, a plain explanation and the server's message. Never a secret. */
export function TestResultNote({ result, title, onClose }: Props) {
  return (
    <Alert severity={result.ok ? 'success' : 'error'} role="status" onClose={onClose} sx={{ overflowWrap: 'anywhere' }}>
      <AlertTitle>
        {title ? `${title}: ` : ''}
        <code>{clipText(result.code)}</code> — {clipText(explainTestCode(result.code))}
      </AlertTitle>
      <LongText value={result.message} max={DISPLAY_LIMIT.prose} label="test message" />
    </Alert>
  )
}
