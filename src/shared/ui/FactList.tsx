import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'

/** A record's facts as a description list in a responsive grid (run summaries, run views). */
export function FactList({ gutterBottom, children }: { gutterBottom?: boolean; children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
        gap: 2,
        m: 0,
        mb: gutterBottom ? 3 : 0,
        '& dd': { m: 0 },
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
      <Typography component="dt" variant="caption" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2">
        {children}
      </Typography>
    </Box>
  )
}
