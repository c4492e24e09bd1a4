import { Button, Container, Typography } from '@mui/material'
import { isRouteErrorResponse, Link as RouterLink, useRevalidator, useRouteError } from 'react-router'
import { ZodError } from 'zod'
import { ApiError, isApiError } from '@/shared/api/ApiError'
import { ErrorState } from './ErrorState'

/** A ZodError thrown outside `http()` is contract drift all the same. */
function asExplainable(error: unknown): unknown {
  if (error instanceof ZodError) {
    const issue = error.issues[0]
    const fieldPath = issue?.path.join('.') || '(body)'
    return new ApiError({
      status: 0,
      code: 'INVALID_RESPONSE',
      message: `The server answered in an unexpected shape: ${fieldPath} — ${issue?.message ?? 'invalid'}.`,
      fieldPath,
    })
  }
  if (isRouteErrorResponse(error)) {
    return new ApiError({
      status: error.status,
      code: error.status === 404 ? 'NOT_FOUND' : 'INTERNAL',
      message: error.status === 404 ? 'There is no page at this address.' : error.statusText || 'The page failed to load.',
    })
  }
  return error
}

/**
 * Every route's error boundary (style guide §5): an ApiError with its code, message, request id and a retry; 403 and
 * 404 with their own copy; contract drift with the field path. The shell around it stays usable.
 */
export function RouteErrorBoundary() {
  const error = asExplainable(useRouteError())
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
