import { Accordion, AccordionDetails, AccordionSummary, Box, Stack, Typography } from '@mui/material'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import type { ModuleVersion } from '@/shared/contract/modules'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { FactList } from '../FactList'
import { CopyableCode } from '../overview/ProvenanceCard'
import { IntakeStepper } from './IntakeStepper'
import { RejectionNotice } from './RejectionNotice'
import { useLiveIntake } from './useLiveIntake'
import { QueryInlineError } from '@/shared/ui/InlineError'
import { clipText } from '@/shared/lib/clip'

const STATUS_NOTES: Record<string, string> = {
  SUBMITTED: 'Received. Public visibility waits for a platform admin’s approval before intake starts.',
  VALIDATING: 'Intake is running. This page follows it and updates by itself.',
  DEPRECATED: 'Superseded. Existing workflows pinned to it still run; new runs use the current version.',
}

/** One version: status, publisher, image and the six-step intake pipeline; a rejected one explains how to fix it. */
export function VersionCard({
  moduleId,
  version: listed,
  isCurrent,
  defaultExpanded,
}: {
  moduleId: string
  version: ModuleVersion
  isCurrent: boolean
  defaultExpanded: boolean
}) {
  // An intake still running is followed through its publish status (every 10 s) until it ends.
  const { version, publish } = useLiveIntake(moduleId, listed)
  const headingId = `version-${version.version}`
  const note = STATUS_NOTES[version.status]
  return (
    <Accordion
      defaultExpanded={defaultExpanded}
      disableGutters
      slotProps={{ heading: { component: 'h2' }, transition: { unmountOnExit: true } }}
      component="section"
      aria-labelledby={headingId}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${headingId}-details`}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, width: '100%' }}>
          <Typography variant="h3" component="span" id={headingId} sx={{ fontFamily: 'monospace' }}>
            v{version.version}
          </Typography>
          <StatusChip status={version.status} />
          {isCurrent && (
            <Typography variant="caption" sx={{ fontWeight: 600, color: 'primary.main' }}>
              current
            </Typography>
          )}
          {version.intake.errorCode && (
            <Typography variant="body2" component="code" sx={{ color: 'error.main' }}>
              {version.intake.errorCode}
            </Typography>
          )}
          <Typography variant="body2" color="textSecondary" sx={{ ml: { sm: 'auto' }, minWidth: 0, overflowWrap: 'anywhere' }}>
            Published <TimeText iso={version.publishedAt} /> by {clipText(version.publishedBy.name)}
          </Typography>
        </Box>
      </AccordionSummary>
      <AccordionDetails id={`${headingId}-details`}>
        <Stack spacing={2.5}>
          {note && (
            <Typography variant="body2" color="textSecondary">
              {note}
            </Typography>
          )}
          <QueryInlineError query={publish} what="The intake's progress could not be read; this is the last state received" />
          {version.status === 'REJECTED' && <RejectionNotice version={version} />}
          <FactList
            columns="16rem"
            facts={[
              {
                term: 'Image reference',
                value: <CopyableCode value={version.imageRef} label="Copy image reference" />,
                wide: true,
              },
              {
                term: 'Digest',
                value: version.digest ? <CopyableCode value={version.digest} label="Copy digest" /> : 'Not captured',
                wide: true,
              },
              { term: 'Publish id', value: <code>{version.intake.publishId}</code> },
              { term: 'Signature', value: version.signature.status },
              { term: 'Trust tier', value: version.trustTier },
              ...(version.ui
                ? [
                    {
                      term: 'UI bundle',
                      value: `${version.ui.runtime}${version.ui.globals.length ? ` · ${version.ui.globals.join(', ')}` : ''}`,
                    },
                  ]
                : []),
            ]}
          />
          <Box>
            <Typography variant="subtitle1" component="h3" sx={{ mb: 1, fontWeight: 600 }}>
              Intake pipeline
            </Typography>
            <IntakeStepper steps={version.intake.steps} label={`Intake pipeline of v${version.version}`} />
          </Box>
        </Stack>
      </AccordionDetails>
    </Accordion>
  )
}
