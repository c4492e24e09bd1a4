import { Alert, Box } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { LoadingState } from '@/shared/ui/DataState'
import { InlineError } from '@/shared/ui/InlineError'
import { artifactContentQueries } from './artifactContentQueries'
import { mediaTypeOf } from './previewKind'
import { useObjectUrl } from './useObjectUrl'

type Props = {
  bytes: Uint8Array<ArrayBuffer>
  contentType: string
  svg: boolean
  cut: boolean
  /** The image's description (its file name). */
  alt: string
  /** Where the bytes came from: the drawn PNG of an SVG is cached beside them. */
  source: { contentPath: string; uri: string }
}

/**
 * A PNG, JPEG, GIF or WebP as an image from its bytes (a `blob:` URL, which the console's policy allows), and an SVG
 * drawn into a PNG first (rasterizeSvg.ts): never an inline `<svg>`, never a URL from the file.
 */
export function ImagePreview({ bytes, contentType, svg, cut, alt, source }: Props) {
  const raster = useQuery({ ...artifactContentQueries.raster(source.contentPath, source.uri, bytes), enabled: svg && !cut })
  const blob = useMemo(
    () => (svg ? raster.data?.blob : new Blob([bytes], { type: mediaTypeOf(contentType) })),
    [svg, raster.data, bytes, contentType],
  )
  const url = useObjectUrl(cut ? undefined : blob)
  if (cut) return <Alert severity="info">This image is larger than the part a preview reads. Download it to see it.</Alert>
  if (svg && raster.error)
    return <InlineError error={raster.error} what="The SVG could not be drawn" onRetry={() => void raster.refetch()} />
  if (!url) return <LoadingState label="Drawing the image" />
  return (
    <Box sx={{ overflow: 'auto', maxHeight: '65vh', p: 1, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Box
        component="img"
        src={url}
        alt={alt}
        width={raster.data?.width}
        sx={{ maxWidth: '100%', height: 'auto', display: 'block', mx: 'auto' }}
      />
    </Box>
  )
}
