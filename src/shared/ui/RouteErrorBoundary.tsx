import { Button, Container, Typography } from '@mui/material'
import { Link as RouterLink, useRevalidator, useRouteError } from 'react-router'
import { isApiError } from '@/shared/api/ApiError'
import { ErrorState } from './ErrorState'
import { explainRouteError } from './explainRouteError'

/**
 * Every route's error boundary (style guide §5): an ApiError with its code, message, request id and a retry; 403 and
 * 404 with their own copy; contract drift with the field path. The shell around it stays usable.
 */
export function RouteErrorBoundary() {
  const error = explainRouteError(useRouteError())
  const revalidator = useRevalidator()
  const notFound = isApiError(error) && error.status === 404
  const notSupported = isApiError(error) && error.code === 'NOT_SUPPORTED'
  return (
    <Container maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {notSupported ? 'Not offered by this API' : notFound ? 'Not found' : 'This page could not be shown'}
      </Typography>
      <ErrorState
        error={error}
        onRetry={() => void revalidator.revalidate()}
        action={
          <Button component={RouterLink} to="/" size="small" color="inherit">
            Go home
          </Button>
        }
      />
    </Container>
  )
}
