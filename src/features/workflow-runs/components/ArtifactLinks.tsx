import { Box, Link, Typography } from '@mui/material'
import type { Artifact } from '@/shared/contract/artifacts'
import { s3ConsoleUrl } from '@/shared/lib/awsLinks'
import { CopyButton } from '@/shared/ui/CopyButton'
import { ExternalLink } from '@/shared/ui/ExternalLink'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'

type Props = {
  artifacts: Artifact[]
  region: string
  /** Opens the artifact's preview (issue 18); without it the file name is plain text. */
  onPreview?: (artifact: Artifact) => void
}

/**
 * A step's artifacts: each file name (full URI on hover; a button opening its preview) with its URI copyable and,
 * when its checks pass, its S3 console page. Only `https:` URLs become links (api-contract §10); anything else stays
 * text.
 */
export function ArtifactLinks({ artifacts, region, onPreview }: Props) {
  if (artifacts.length === 0) return <>—</>
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {artifacts.map((artifact) => {
        const href = s3ConsoleUrl(artifact.uri, region)
        return (
          <Box component="li" key={artifact.uri} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            {/* The file name reads at a glance; the full URI is one hover or one copy away. */}
            <Typography
              variant="caption"
              title={clipText(artifact.uri, DISPLAY_LIMIT.prose)}
              sx={{
                fontFamily: 'monospace',
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                maxWidth: '14rem',
              }}
            >
              {onPreview ? (
                <Link
                  component="button"
                  type="button"
                  aria-label={`Preview ${clipText(artifact.name)}`}
                  onClick={() => onPreview(artifact)}
                  sx={{ font: 'inherit', verticalAlign: 'baseline' }}
                >
                  {fileName(artifact)}
                </Link>
              ) : (
                fileName(artifact)
              )}
            </Typography>
            <CopyButton value={artifact.uri} label={`Copy URI of ${clipText(artifact.name)}`} />
            <ExternalLink href={href} label={`Open ${clipText(artifact.name)} in the S3 console (new tab)`} />
          </Box>
        )
      })}
    </Box>
  )
}

const fileName = (artifact: Artifact) => clipText(artifact.uri.split('/').pop() || artifact.uri)
