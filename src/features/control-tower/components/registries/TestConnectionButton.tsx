import { Button, Stack } from '@mui/material'
import NetworkCheckIcon from '@mui/icons-material/NetworkCheck'
import type { TestResult } from '@/shared/contract/registries'
import { ErrorState } from '@/shared/ui/ErrorState'
import { TestResultNote } from './TestResultNote'

type Props = {
  label?: string
  onTest: () => void
  pending: boolean
  result?: TestResult
  error?: unknown
}

/** "Test connection" with its outcome right below it: code + plain explanation, or the explained request error. */
export function TestConnectionButton({ label = 'Test connection', onTest, pending, result, error }: Props) {
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button variant="outlined" startIcon={<NetworkCheckIcon />} onClick={onTest} disabled={pending}>
        {pending ? 'Testing…' : label}
      </Button>
      {result && <TestResultNote result={result} />}
      {error !== undefined && error !== null && <ErrorState error={error} onRetry={onTest} />}
    </Stack>
  )
}
