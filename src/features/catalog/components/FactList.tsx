import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'

export type Fact = { term: string; value: ReactNode; wide?: boolean }

/** Facts as a description list: term above value, in as many columns as fit. */
export function FactList({ facts, columns = '12rem' }: { facts: Fact[]; columns?: string }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${columns}, 1fr))`, gap: 2, m: 0, '& dd': { m: 0 } }}
    >
      {facts.map((fact) => (
        <Box key={fact.term} sx={fact.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {fact.term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Typography>
        </Box>
      ))}
    </Box>
  )
}
