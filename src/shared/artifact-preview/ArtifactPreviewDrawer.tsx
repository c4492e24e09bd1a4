import CloseIcon from '@mui/icons-material/Close'
import { Box, IconButton, Stack, Typography } from '@mui/material'
import type { Artifact } from '@/shared/contract/artifacts'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { formatBytes } from '@/shared/lib/format'
import { CopyButton } from '@/shared/ui/CopyButton'
import { EmptyState } from '@/shared/ui/DataState'
import { Fact, FactList } from '@/shared/ui/FactList'
import { RouteDrawer } from '@/shared/ui/RouteDrawer'
import { ArtifactPreview } from './ArtifactPreview'
import { DownloadArtifactButton } from './DownloadArtifactButton'

const TITLE_ID = 'artifact-preview-title'

type Props = {
  /** The artifact the URL names; undefined when the run has none by that name. */
  artifact: Artifact | undefined
  /** The content endpoint of the run that wrote it (`apiPaths.workflowRunArtifactContent(runId)`). */
  contentPath: string
  /** Whose file it is, under the title: "run-000020 · HLA typing". */
  context: string
  onClose: () => void
}

/**
 * A drawer over a run's page with one artifact: its facts, a download of the whole file and a preview of its start.
 * The page keeps it in its URL (`?artifact=`), so a link opens it and Back closes it.
 */
export function ArtifactPreviewDrawer({ artifact, contentPath, context, onClose }: Props) {
  return (
    <RouteDrawer titleId={TITLE_ID} onClose={onClose}>
      {/* The paper is a flex column: without this the content would shrink to the window and clip. */}
      <Box sx={{ flexShrink: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 2 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography id={TITLE_ID} variant="h2" component="h2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {artifact ? clipText(artifact.name) : 'Artifact not found'}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {clipText(context)}
            </Typography>
          </Box>
          <IconButton aria-label="Close preview" onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Box>
        {artifact ? (
          <Stack spacing={2}>
            <FactList minColumn="10rem">
              <Fact term="Type">{artifact.contentType || '—'}</Fact>
              <Fact term="Size">{`${formatBytes(artifact.sizeBytes)} (${artifact.sizeBytes.toLocaleString()} bytes)`}</Fact>
              <Fact term="Checksum" wide>
                <Box component="span" sx={{ fontFamily: 'monospace' }}>
                  {clipText(artifact.checksum)}
                </Box>
              </Fact>
              <Fact term="URI" wide>
                <Box component="span" sx={{ fontFamily: 'monospace' }}>
                  {clipText(artifact.uri, DISPLAY_LIMIT.prose)}
                </Box>
                <CopyButton value={artifact.uri} label="Copy URI" />
              </Fact>
            </FactList>
            <DownloadArtifactButton artifact={artifact} contentPath={contentPath} />
            <ArtifactPreview artifact={artifact} contentPath={contentPath} />
          </Stack>
        ) : (
          <EmptyState title="This run has no artifact with that URI">
            The link may be from another run, or the run has not finished. Close this to see the run’s artifacts.
          </EmptyState>
        )}
      </Box>
    </RouteDrawer>
  )
}
