import { Box } from '@mui/material'

/** JSON as indented text (never HTML): inputs of a run or a step; a focusable region, so it scrolls from the keyboard. */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <Box
      component="pre"
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{
        m: 0,
        p: 1,
        maxHeight: '24rem',
        overflow: 'auto',
        fontSize: 'caption.fontSize',
        bgcolor: 'action.hover',
        borderRadius: 1,
      }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  )
}
