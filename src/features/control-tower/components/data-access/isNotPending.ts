import { isApiError } from '@/shared/api/ApiError'

/** A 409 `not_pending`: the request was decided by someone else meanwhile (api-contract §7). */
export const isNotPending = (error: unknown): boolean =>
  isApiError(error) && error.status === 409 && error.details.reason === 'not_pending'
