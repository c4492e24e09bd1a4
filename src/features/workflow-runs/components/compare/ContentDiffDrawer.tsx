import CloseIcon from '@mui/icons-material/Close'
import { Box, IconButton, Stack, Typography } from '@mui/material'
import { DownloadArtifactButton } from '@/shared/artifact-preview/DownloadArtifactButton'
import { apiPaths } from '@/shared/contract/paths'
import { clipText } from '@/shared/lib/clip'
import { formatBytes } from '@/shared/lib/format'
import { EmptyState } from '@/shared/ui/DataState'
import { RouteDrawer } from '@/shared/ui/RouteDrawer'
import { ContentDiff, type Version } from './ContentDiff'

const TITLE_ID = 'content-diff-title'

type Props = {
  name: string
  /** What the comparison calls the change: "Same URI, content changed". */
  change: string
  /** Both versions; undefined when the URL names a cell that has no two versions. */
  versions: { baseline: Version; other: Version } | undefined
  showAll: boolean
  onShowAll: (all: boolean) => void
  onClose: () => void
}

/**
 * The comparison's drawer for one artifact whose content changed (`?diff=`): both versions' facts and downloads, and
 * what changed inside, side by side. Lazily loaded with the preview's renderers.
 */
export function ContentDiffDrawer({ name, change, versions, showAll, onShowAll, onClose }: Props) {
  return (
    <RouteDrawer titleId={TITLE_ID} onClose={onClose}>
      <Box sx={{ flexShrink: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 2 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography id={TITLE_ID} variant="h2" component="h2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {clipText(name)}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {versions ? `${change}: ${versions.other.run.id} against the baseline ${versions.baseline.run.id}` : change}
            </Typography>
          </Box>
          <IconButton aria-label="Close comparison of contents" onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Box>
        {!versions ? (
          <EmptyState title="Nothing to compare here">
            This link names an artifact that is not in both runs. Close this to see the artifacts compared.
          </EmptyState>
        ) : (
          <Stack spacing={2}>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
              {[versions.baseline, versions.other].map((version) => (
                <Stack key={version.title} spacing={0.5} sx={{ minWidth: 0 }}>
                  <Typography variant="subtitle2" component="h3">
                    {version.title}
                  </Typography>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                    {clipText(version.artifact.uri, 500)}
                  </Typography>
                  <Typography variant="caption" color="textSecondary">
                    {`${formatBytes(version.artifact.sizeBytes)} · ${clipText(version.artifact.checksum, 80)}`}
                  </Typography>
                  <DownloadArtifactButton
                    artifact={version.artifact}
                    contentPath={apiPaths.workflowRunArtifactContent(version.run.id)}
                    label={`Download the file of ${version.run.id}`}
                  />
                </Stack>
              ))}
            </Box>
            <ContentDiff
              name={name}
              baseline={versions.baseline}
              other={versions.other}
              showAll={showAll}
              onShowAll={onShowAll}
            />
          </Stack>
        )}
      </Box>
    </RouteDrawer>
  )
}
