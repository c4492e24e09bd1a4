import type { ErrorCode, ErrorDetails, FieldError } from '@/shared/contract/errors'

/** Every failure of an API call, explained: status, code, message, request id and, for contract drift, the field path. */
export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly requestId: string | undefined
  readonly details: ErrorDetails
  /** For `INVALID_RESPONSE`: where the body departed from the contract, e.g. `items[3].status`. */
  readonly fieldPath: string | undefined
  /** The endpoint that failed (path only, never a query with user data). */
  readonly endpoint: string | undefined

  constructor(init: {
    status: number
    code: ErrorCode
    message: string
    requestId?: string
    details?: ErrorDetails
    fieldPath?: string
    endpoint?: string
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.requestId = init.requestId
    this.details = init.details ?? {}
    this.fieldPath = init.fieldPath
    this.endpoint = init.endpoint
  }

  get fieldErrors(): FieldError[] {
    return this.details.fields ?? []
  }

  /** A failure worth retrying automatically (GETs) or offering a Retry for. */
  get isTransient(): boolean {
    if (this.code === 'NOT_SUPPORTED') return false
    return this.code === 'NETWORK_ERROR' || this.code === 'TIMEOUT' || this.status >= 500 || this.status === 429
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

/** 405 Method Not Allowed and 501 Not Implemented: the API does not offer the call, which no retry changes. */
export const isNotSupportedStatus = (status: number): boolean => status === 405 || status === 501

/** Status → code when a server leaves it out (api-contract §2.4). */
export function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'VALIDATION_FAILED'
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 403) return 'FORBIDDEN'
  if (status === 404) return 'NOT_FOUND'
  if (status === 409) return 'CONFLICT'
  if (status === 429) return 'RATE_LIMITED'
  if (isNotSupportedStatus(status)) return 'NOT_SUPPORTED'
  return 'INTERNAL'
}
