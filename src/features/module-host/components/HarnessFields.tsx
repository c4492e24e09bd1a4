import { Alert, Box, Button, FormControlLabel, Radio, RadioGroup, Stack } from '@mui/material'
import { useState } from 'react'
import { InputField } from '@/shared/ui/InputField'
import { SectionCard } from '@/shared/ui/SectionCard'
import { parseJsonObject } from '../lib/harnessState'

export type HarnessProps = {
  runId: string
  inputData: Record<string, unknown>
  results: Record<string, unknown> | undefined
  mockEnvelope: Record<string, unknown>
}

const pretty = (value: unknown) => JSON.stringify(value ?? {}, null, 2)

/** The editable props: runId, inputData, results and the mock envelope, validated before they are applied. */
export function HarnessFields({ applied, onApply }: { applied: HarnessProps; onApply: (next: HarnessProps) => void }) {
  const [runId, setRunId] = useState(applied.runId)
  const [inputData, setInputData] = useState(pretty(applied.inputData))
  const [results, setResults] = useState(applied.results ? pretty(applied.results) : '')
  const [envelope, setEnvelope] = useState(pretty(applied.mockEnvelope))
  const [error, setError] = useState<string | null>(null)

  const apply = () => {
    const input = parseJsonObject(inputData)
    if ('error' in input) return setError(`inputData: ${input.error}`)
    const result = results.trim() ? parseJsonObject(results) : { value: undefined }
    if ('error' in result) return setError(`results: ${result.error}`)
    const mock = parseJsonObject(envelope)
    if ('error' in mock) return setError(`mock envelope: ${mock.error}`)
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(runId)) return setError('runId: letters, digits, ".", "_" and "-" only.')
    setError(null)
    onApply({ runId, inputData: input.value, results: result.value, mockEnvelope: mock.value })
  }

  return (
    <SectionCard title="Props">
      <Stack spacing={2}>
        <InputField label="runId" value={runId} onChange={(e) => setRunId(e.target.value)} />
        <InputField
          label="inputData (JSON)"
          multiline
          minRows={4}
          value={inputData}
          onChange={(e) => setInputData(e.target.value)}
        />
        <InputField
          label="results (JSON result envelope, optional)"
          multiline
          minRows={2}
          value={results}
          onChange={(e) => setResults(e.target.value)}
        />
        <InputField
          label="Mock onExecute envelope (JSON)"
          multiline
          minRows={3}
          value={envelope}
          onChange={(e) => setEnvelope(e.target.value)}
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Box>
          <Button variant="contained" onClick={apply}>
            Apply and reload
          </Button>
        </Box>
      </Stack>
    </SectionCard>
  )
}

export function ExecuteModeField({ value, onChange }: { value: 'mock' | 'live'; onChange: (value: 'mock' | 'live') => void }) {
  return (
    <RadioGroup
      row
      aria-label="onExecute mode"
      value={value}
      onChange={(e) => onChange(e.target.value === 'live' ? 'live' : 'mock')}
    >
      <FormControlLabel value="mock" control={<Radio size="small" />} label="onExecute: mock envelope" />
      <FormControlLabel value="live" control={<Radio size="small" />} label="onExecute: live run" />
    </RadioGroup>
  )
}
