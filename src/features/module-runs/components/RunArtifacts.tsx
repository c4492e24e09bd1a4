import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import type { Artifact } from '@/shared/contract/artifacts'
import { isHttpsUrl, s3ConsoleUrl } from '@/shared/lib/awsLinks'
import { defaultAwsRegion } from '@/shared/lib/env'
import { CopyButton } from '@/shared/ui/CopyButton'
import { ExternalLink } from '@/shared/ui/ExternalLink'
import { formatBytes } from '@/shared/lib/format'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

/**
 * A run's output files. Only `https:` becomes a link (api-contract §10): a pre-signed `https:` URI opens as is; an
 * `s3://` URI stays text with a copy button and its S3 console page; anything else is copyable text only.
 */
export function RunArtifacts({
  artifacts,
  runId,
  onPreview,
}: {
  artifacts: Artifact[]
  runId: string
  /** Opens an artifact's preview (issue 18). */
  onPreview?: (artifact: Artifact) => void
}) {
  if (artifacts.length === 0)
    return (
      <Typography variant="body2" color="textSecondary">
        No artifacts: a run lists its output files once it has completed.
      </Typography>
    )
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={`Artifacts of ${runId}`}>
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>URI</TableCell>
            <TableCell align="right">Size</TableCell>
            <TableCell>Type</TableCell>
            {onPreview && <TableCell>Preview</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {artifacts.map((artifact) => (
            <TableRow key={artifact.uri}>
              <TableCell sx={{ fontWeight: 600 }}>
                <LongText value={artifact.name} label="file name" />
              </TableCell>
              <TableCell>
                <ArtifactUri artifact={artifact} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} title={`${artifact.sizeBytes} bytes`}>
                {formatBytes(artifact.sizeBytes)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{artifact.contentType}</TableCell>
              {onPreview && (
                <TableCell>
                  <Button size="small" onClick={() => onPreview(artifact)} aria-label={`Preview ${clipText(artifact.name)}`}>
                    Preview
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}

function ArtifactUri({ artifact }: { artifact: Artifact }) {
  const https = isHttpsUrl(artifact.uri)
  const consoleHref = https ? null : s3ConsoleUrl(artifact.uri, defaultAwsRegion)
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      {https ? (
        <ExternalLink
          href={artifact.uri}
          label={`Download ${clipText(artifact.name)} (new tab)`}
          sx={{ display: 'inline', fontFamily: 'monospace', wordBreak: 'break-all' }}
        >
          {clipText(artifact.uri, DISPLAY_LIMIT.prose)}
        </ExternalLink>
      ) : (
        <Box component="code" sx={{ fontSize: 'caption.fontSize', wordBreak: 'break-all' }}>
          {clipText(artifact.uri, DISPLAY_LIMIT.prose)}
        </Box>
      )}
      <CopyButton value={artifact.uri} label={`Copy URI of ${clipText(artifact.name)}`} />
      <ExternalLink href={consoleHref} label={`Open ${clipText(artifact.name)} in the S3 console (new tab)`}>
        S3 console
      </ExternalLink>
    </Box>
  )
}
