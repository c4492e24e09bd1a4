import { Box, Button, Typography } from '@mui/material'
import { useRouteError } from 'react-router'
import { ErrorState } from '@/shared/ui/ErrorState'

/** The last line of defence: whatever escaped every route boundary is still explained, never a white page. */
export function RootErrorBoundary() {
  const error = useRouteError()
  return (
    <Box component="main" sx={{ maxWidth: 720, mx: 'auto', p: 4 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        The console hit an unexpected problem
      </Typography>
      <ErrorState
        error={error}
        onRetry={() => window.location.reload()}
        action={
          <Button href="/" size="small" color="inherit">
            Go home
          </Button>
        }
      />
    </Box>
  )
}
