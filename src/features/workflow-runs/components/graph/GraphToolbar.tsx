import FitScreenIcon from '@mui/icons-material/FitScreen'
import ZoomInIcon from '@mui/icons-material/ZoomIn'
import ZoomOutIcon from '@mui/icons-material/ZoomOut'
import { Box, Button, IconButton, Typography } from '@mui/material'
import { MAX_ZOOM, MIN_ZOOM } from './useGraphViewport'

type Props = {
  zoom: number
  onZoomIn: () => void
  onZoomOut: () => void
  onFit: () => void
  onActualSize: () => void
  /** What the keyboard does in this graph, shown beside the buttons (and the graph's description). */
  hint: string
  hintId: string
}

/** Zoom out, the zoom level, zoom in, fit and 100 %: the pointer-free way to zoom (the keys do the same). */
export function GraphToolbar({ zoom, onZoomIn, onZoomOut, onFit, onActualSize, hint, hintId }: Props) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
      <Box role="group" aria-label="Zoom" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <IconButton size="small" aria-label="Zoom out" title="Zoom out (−)" onClick={onZoomOut} disabled={zoom <= MIN_ZOOM}>
          <ZoomOutIcon fontSize="small" />
        </IconButton>
        <Typography variant="body2" role="status" aria-label="Zoom level" sx={{ minWidth: '3.5em', textAlign: 'center' }}>
          {Math.round(zoom * 100)} %
        </Typography>
        <IconButton size="small" aria-label="Zoom in" title="Zoom in (+)" onClick={onZoomIn} disabled={zoom >= MAX_ZOOM}>
          <ZoomInIcon fontSize="small" />
        </IconButton>
        <Button size="small" startIcon={<FitScreenIcon />} onClick={onFit} title="Fit the whole graph (0)">
          Fit
        </Button>
        <Button size="small" onClick={onActualSize} title="Actual size (1)">
          100 %
        </Button>
      </Box>
      <Typography id={hintId} variant="caption" color="textSecondary">
        {hint}
      </Typography>
    </Box>
  )
}
