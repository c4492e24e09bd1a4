import DownloadIcon from '@mui/icons-material/Download'
import { Button, Stack } from '@mui/material'
import { useMutation } from '@tanstack/react-query'
import type { Artifact } from '@/shared/contract/artifacts'
import { formatBytes } from '@/shared/lib/format'
import { InlineError } from '@/shared/ui/InlineError'
import { downloadArtifact } from './downloadArtifact'

type Props = {
  artifact: Artifact
  contentPath: string
  /** The button's words before the size: "Download" unless two files sit side by side. */
  label?: string
}

/** "Download" of the whole artifact, with its size; while it arrives the button says so, and a failure is explained. */
export function DownloadArtifactButton({ artifact, contentPath, label = 'Download' }: Props) {
  const download = useMutation({ mutationFn: () => downloadArtifact(contentPath, artifact) })
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={<DownloadIcon />}
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? 'Downloading…' : `${label} (${formatBytes(artifact.sizeBytes)})`}
      </Button>
      {download.error && <InlineError error={download.error} what="The download failed" onRetry={() => download.mutate()} />}
    </Stack>
  )
}
