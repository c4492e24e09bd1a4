import { Alert, AlertTitle } from '@mui/material'
import type { TestCode } from '@/shared/contract/registries'
import { explainTestCode } from './registryText'

type Props = { result: { ok: boolean; code: TestCode; message: string }; title?: string; onClose?: () => void }

/** The outcome of a connection test: code, a plain explanation and the server's message. Never a secret. */
export function TestResultNote({ result, title, onClose }: Props) {
  return (
    <Alert severity={result.ok ? 'success' : 'error'} role="status" onClose={onClose} sx={{ overflowWrap: 'anywhere' }}>
      <AlertTitle>
        {title ? `${title}: ` : ''}
        <code>{result.code}</code> — {explainTestCode(result.code)}
      </AlertTitle>
      {result.message}
    </Alert>
  )
}
