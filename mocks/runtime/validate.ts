import { z } from '../../src/shared/contract/zod'
import { MockHttpError } from './api'

/** Validates a request body with a contract schema; failures become 422 with `details.fields` (api-contract §2.3). */
export function parseBody<S extends z.core.$ZodType>(schema: S, body: unknown): z.output<S> {
  const result = z.safeParse(schema, body)
  if (result.success) return result.data
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join(''),
    message: issue.message,
  }))
  throw new MockHttpError(422, 'VALIDATION_FAILED', 'The request is not valid.', { fields })
}
