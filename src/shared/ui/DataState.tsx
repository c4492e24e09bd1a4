import { Box, CircularProgress, Paper, Typography } from '@mui/material'
import type { ReactNode } from 'react'

/** Loading and empty states shared by every view (errors: `ErrorState`; one query's states by one rule: `QueryState`). */
export function LoadingState({ label }: { label: string }) {
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
      <CircularProgress size={20} aria-label={label} />
      <Typography variant="body2" color="textSecondary">
        {label}
      </Typography>
    </Box>
  )
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper sx={{ p: 3, textAlign: 'center' }}>
      <Typography variant="h3" component="p">
        {title}
      </Typography>
      {children && (
        <Typography variant="body2" color="textSecondary" component="div" sx={{ mt: 1 }}>
          {children}
        </Typography>
      )}
    </Paper>
  )
}
