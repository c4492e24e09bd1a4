import { Box, Button, LinearProgress, Typography } from '@mui/material'
import DownloadIcon from '@mui/icons-material/Download'
import { useEffect, useRef, useState } from 'react'
import { formatCount } from '@/shared/lib/format'
import { ErrorState } from '../ErrorState'
import { downloadText } from '@/shared/lib/downloadText'
import { logAsText, type LogViewerLine } from './logText'

/**
 * Reads the whole log, page by page, for the download: reports the lines read so far and stops when `signal` aborts.
 * The caller walks its own endpoint's `nextToken` pages.
 */
export type LogDownloadSource = (
  onProgress: (linesRead: number) => void,
  signal: AbortSignal,
) => Promise<readonly LogViewerLine[]>

type Progress = { linesRead: number } | null

/** "Download log": walks every page with visible progress and a Cancel, then saves a text file. */
export function LogDownload({ source, fileName }: { source: LogDownloadSource; fileName: string }) {
  const [progress, setProgress] = useState<Progress>(null)
  const [error, setError] = useState<unknown>(null)
  const controller = useRef<AbortController | null>(null)
  // Leaving the page stops a download in progress.
  useEffect(() => () => controller.current?.abort(), [])

  const start = async () => {
    const abort = new AbortController()
    controller.current = abort
    setError(null)
    setProgress({ linesRead: 0 })
    try {
      const lines = await source((linesRead) => setProgress({ linesRead }), abort.signal)
      if (!abort.signal.aborted) downloadText(fileName, logAsText(lines), 'text/plain;charset=utf-8')
    } catch (caught) {
      if (!abort.signal.aborted) setError(caught)
    } finally {
      if (controller.current === abort) controller.current = null
      setProgress(null)
    }
  }

  return (
    <>
      {progress ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: '16rem' }}>
          <Box sx={{ flex: 1 }}>
            <LinearProgress aria-label="Downloading the log" />
            <Typography variant="caption" color="textSecondary" aria-live="polite">
              Downloading… {formatCount(progress.linesRead)} lines read
            </Typography>
          </Box>
          <Button size="small" onClick={() => controller.current?.abort()}>
            Cancel download
          </Button>
        </Box>
      ) : (
        <Button size="small" startIcon={<DownloadIcon />} onClick={() => void start()}>
          Download log
        </Button>
      )}
      {error !== null && (
        <Box sx={{ flexBasis: '100%' }}>
          <ErrorState error={error} title="The log could not be downloaded" onRetry={() => void start()} />
        </Box>
      )}
    </>
  )
}
