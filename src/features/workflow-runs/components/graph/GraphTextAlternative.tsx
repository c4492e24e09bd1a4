import { Box } from '@mui/material'
import { visuallyHidden } from '@/shared/ui/visuallyHidden'
import type { GraphLayout } from '../../lib/graph/graphLayout'
import { describeNodes } from '../../lib/graph/graphText'
import type { RunOverlay } from '../../lib/graph/runOverlay'

type Props = {
  label: string
  layout: GraphLayout
  overlay?: RunOverlay
  durations?: Map<string, number | undefined>
  moduleNames?: Map<string, string>
}

/**
 * The graph in words for screen readers: every state in reading order with its kind, its status in the run, and where
 * the workflow goes next (conditions and the default branch spelled out, the way this run went marked). The drawing's
 * step buttons select; this list tells the shape.
 */
export function GraphTextAlternative({ label, layout, overlay, durations, moduleNames }: Props) {
  const sentences = describeNodes({ layout, overlay, durations, moduleNames })
  return (
    <Box sx={visuallyHidden}>
      <ol aria-label={`${label}, as text`}>
        {sentences.map((sentence, i) => (
          <li key={layout.nodes[i]!.id}>{sentence}</li>
        ))}
      </ol>
    </Box>
  )
}
