import { ERROR_CODES, ErrorDetails, type FieldError } from '@/shared/contract/errors'
import { codeForStatus } from './ApiError'

const MAX_MESSAGE = 500

type Normalized = { code: string; message: string; details: ErrorDetails; requestId?: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined)

/** A pydantic `loc` → dotted path with indices, dropping a leading `body`/`query` (api-contract §2.3). */
function pathFromLoc(loc: unknown): string {
  if (!Array.isArray(loc)) return String(loc ?? '')
  const parts = loc[0] === 'body' || loc[0] === 'query' ? loc.slice(1) : loc
  return parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('')
}

function pydanticFields(detail: unknown[]): FieldError[] {
  return detail.filter(isRecord).map((item) => ({ field: pathFromLoc(item.loc), message: text(item.msg) ?? 'Invalid value.' }))
}

/**
 * `{ error, type }`: a `type` naming one of our codes (`internal`) is that code; an exception class name such as the
 * devkit's `DevkitError` or `InternalError` is no code, so the status decides.
 */
function codeFromType(type: unknown): string | undefined {
  const upper = text(type)?.toUpperCase()
  return upper && (ERROR_CODES as readonly string[]).includes(upper) ? upper : undefined
}

/**
 * Reads any of the error shapes servers send (api-contract §2.3, in its order) into one. A missing code comes from
 * the status; long messages are cut at 500 characters.
 */
export function normalizeErrorBody(body: unknown, status: number, statusText = ''): Normalized {
  let code: string | undefined
  let message: string | undefined
  let details: ErrorDetails = {}
  let requestId: string | undefined
  if (isRecord(body)) {
    const error = body.error
    if (isRecord(error)) {
      code = text(error.code)
      message = text(error.message)
      requestId = text(error.requestId)
      const parsed = ErrorDetails.safeParse(error.details)
      if (parsed.success) details = parsed.data
    } else if (typeof error === 'string') {
      message = error
      code = text(body.code) ?? codeFromType(body.type)
    } else if (typeof body.detail === 'string') {
      message = body.detail
    } else if (Array.isArray(body.detail)) {
      details = { fields: pydanticFields(body.detail) }
      message = 'Some values are not valid.'
    } else if (text(body.message)) {
      message = text(body.message)
      code = text(body.code)
    }
  }
  const fallback = status ? `The server answered ${status}${statusText ? ` ${statusText}` : ''}.` : 'The request failed.'
  const full = message ?? fallback
  return {
    code: code ?? codeForStatus(status),
    message: full.length > MAX_MESSAGE ? `${full.slice(0, MAX_MESSAGE - 1)}…` : full,
    details,
    requestId,
  }
}
