import { Box } from '@mui/material'

/** JSON as indented, wrapped text (never HTML): inputs, parameters, results; a focusable region that scrolls from the keyboard. */
export function JsonText({ value, label }: { value: unknown; label: string }) {
  return (
    <Box
      component="pre"
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={{
        m: 0,
        p: 1,
        maxHeight: '20rem',
        overflow: 'auto',
        fontSize: 'caption.fontSize',
        bgcolor: 'action.hover',
        borderRadius: 1,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  )
}
