import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'

/** A record's facts as a description list in a responsive grid (run summaries, run views). */
export function FactList({
  gutterBottom,
  minColumn = '12rem',
  children,
}: {
  gutterBottom?: boolean
  /** The narrowest a column may get; as many columns as fit. */
  minColumn?: string
  children: ReactNode
}) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${minColumn}, 1fr))`,
        gap: 2,
        m: 0,
        mb: gutterBottom ? 3 : 0,
        // Long unbroken values (digests, image references) wrap instead of widening the grid.
        '& dd': { m: 0, overflowWrap: 'anywhere' },
      }}
    >
      {children}
    </Box>
  )
}

/** One fact of a `FactList`: its term above, its value below; `wide` spans the whole row. */
export function Fact({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <Box sx={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Typography component="dt" variant="caption" color="textSecondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2">
        {children}
      </Typography>
    </Box>
  )
}
