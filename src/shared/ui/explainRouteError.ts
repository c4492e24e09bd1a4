import { isRouteErrorResponse } from 'react-router'
import { z } from '@/shared/contract/zod'
import { ApiError } from '@/shared/api/ApiError'

/** What a route threw, as an `ApiError` where it can be one: a ZodError thrown outside `http()` is contract drift all the same. */
export function explainRouteError(error: unknown): unknown {
  // Any zod error (mini's parse throws core errors; a classic ZodError is one too).
  if (error instanceof z.core.$ZodError) {
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
