import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { clipText } from '@/shared/lib/clip'

/** A page's title, a line of context and its actions. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 240 }}>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {clipText(title)}
        </Typography>
        {subtitle && (
          // A div, not a p: a subtitle may hold badges and other block content.
          <Typography component="div" variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {actions}
    </Box>
  )
}
