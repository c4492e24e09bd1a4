import { Box, CircularProgress, Typography } from '@mui/material'
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import CancelIcon from '@mui/icons-material/Cancel'
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked'
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined'
import type { IntakeStep } from '@/shared/contract/modules'
import { formatDuration } from '@/shared/lib/format'
import { serverNow } from '@/shared/lib/serverClock'
import { TimeText } from '@/shared/ui/TimeText'
import { INTAKE_STEP_LABELS } from '../../lib/remediation'
import { FindingCounts } from './FindingCounts'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

const STATUS_TEXT: Record<string, string> = {
  passed: 'passed',
  failed: 'failed',
  running: 'running',
  pending: 'waiting',
  skipped: 'skipped',
}
const STATUS_COLOR: Record<string, string> = {
  passed: 'success.main',
  failed: 'error.main',
  running: 'info.main',
  pending: 'text.secondary',
  skipped: 'text.secondary',
}

function StepIcon({ status, label }: { status: string; label: string }) {
  const sx = { fontSize: 22, color: STATUS_COLOR[status] ?? 'text.secondary' }
  if (status === 'passed') return <CheckCircleIcon sx={sx} aria-hidden />
  if (status === 'failed') return <CancelIcon sx={sx} aria-hidden />
  if (status === 'running') return <CircularProgress size={18} thickness={5} aria-label={`${label} in progress`} />
  if (status === 'skipped') return <RemoveCircleOutlineIcon sx={sx} aria-hidden />
  return <RadioButtonUncheckedIcon sx={sx} aria-hidden />
}

function timing(step: IntakeStep): string | null {
  if (!step.startedAt) return null
  const start = Date.parse(step.startedAt)
  if (step.finishedAt) return formatDuration(Date.parse(step.finishedAt) - start)
  return `${formatDuration(Math.max(0, serverNow() - start))} so far`
}

/** The six intake steps in order (api-contract §5), each with status, timing, message and, for the scan, findings. */
export function IntakeStepper({ steps, label }: { steps: IntakeStep[]; label: string }) {
  return (
    <Box component="ol" aria-label={label} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {steps.map((step, index) => {
        const name = INTAKE_STEP_LABELS[step.key] ?? step.key
        const took = timing(step)
        const last = index === steps.length - 1
        return (
          <Box
            component="li"
            key={`${step.key}-${index}`}
            sx={{ display: 'grid', gridTemplateColumns: '1.75rem 1fr', columnGap: 1.5 }}
          >
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.25 }}>
              <StepIcon status={step.status} label={name} />
              {!last && <Box aria-hidden sx={{ flex: 1, width: '2px', bgcolor: 'divider', my: 0.5, minHeight: 12 }} />}
            </Box>
            <Box sx={{ pb: last ? 0 : 2, minWidth: 0 }}>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 1 }}>
                <Typography component="span" variant="subtitle2">
                  {index + 1}. {name}
                </Typography>
                <Typography component="span" variant="body2" sx={{ color: STATUS_COLOR[step.status], fontWeight: 600 }}>
                  {STATUS_TEXT[step.status] ?? step.status}
                </Typography>
                {took && (
                  <Typography component="span" variant="body2" color="textSecondary">
                    · {took}
                  </Typography>
                )}
                {step.startedAt && (
                  <Typography component="span" variant="caption" color="textSecondary">
                    · started <TimeText iso={step.startedAt} />
                  </Typography>
                )}
              </Box>
              {step.message && (
                <Typography
                  variant="body2"
                  color={step.status === 'failed' ? 'text.primary' : 'text.secondary'}
                  sx={{ mt: 0.25, overflowWrap: 'anywhere' }}
                >
                  <LongText value={step.message} max={DISPLAY_LIMIT.prose} label="message" />
                </Typography>
              )}
              {step.findings && (
                <Box sx={{ mt: 0.75 }}>
                  <FindingCounts findings={step.findings} />
                </Box>
              )}
            </Box>
          </Box>
        )
      })}
    </Box>
  )
}
