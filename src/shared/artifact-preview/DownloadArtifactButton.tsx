import DownloadIcon from '@mui/icons-material/Download'
import { Button, Stack } from '@mui/material'
import { useMutation } from '@tanstack/react-query'
import type { Artifact } from '@/shared/contract/artifacts'
import { formatBytes } from '@/shared/lib/format'
import { InlineError } from '@/shared/ui/InlineError'
import { downloadArtifact } from './downloadArtifact'

/** "Download" of the whole artifact, with its size; while it arrives the button says so, and a failure is explained. */
export function DownloadArtifactButton({ artifact, contentPath, label }: { artifact: Artifact; contentPath: string; label?: string }) {
  const download = useMutation({ mutationFn: () => downloadArtifact(contentPath, artifact) })
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={<DownloadIcon />}
        disabled={download.isPending}
        onClick={() => download.mutate()}
        aria-label={label}
      >
        {download.isPending ? 'Downloading…' : `Download (${formatBytes(artifact.sizeBytes)})`}
      </Button>
      {download.error && <InlineError error={download.error} what="The download failed" onRetry={() => download.mutate()} />}
    </Stack>
  )
}
