import { z } from './zod'

/** Error codes a server sends (api-contract §2.4) plus the client-only ones. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_IMAGE_REFERENCE',
  'REGISTRY_UNAUTHORIZED',
  'SECURITY_SCAN_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  // 405 and 501: the API (a devkit stub, say) has no such endpoint or method (api-contract §2.2).
  'NOT_SUPPORTED',
  // Client-only: a devkit API refused a write for its X-API-Key (issue 13).
  'API_KEY_REFUSED',
  // Client-only: a call the server refused again (401) right after the user signed in anew for it.
  'REFUSED_AFTER_SIGN_IN',
  'NETWORK_ERROR',
  'TIMEOUT',
  'INVALID_RESPONSE',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number] | (string & {})

export const FieldError = z.object({ field: z.string(), message: z.string() })
export type FieldError = z.infer<typeof FieldError>

/** `details` of an error: field errors, the missing roles of a 403, the reason of a 403/409, and anything else. */
export const ErrorDetails = z.catchall(
  z.object({
    fields: z.optional(z.array(FieldError)),
    requiredRoles: z.optional(z.array(z.string())),
    reason: z.optional(z.string()),
  }),
  z.unknown(),
)
export type ErrorDetails = z.infer<typeof ErrorDetails>

/** The canonical error envelope (api-contract §2.3); console-defined endpoints and the demo backend always send it. */
export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(ErrorDetails),
    requestId: z.optional(z.string()),
  }),
})
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>
