import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isApiError } from '@/shared/api/ApiError'

/**
 * Puts a 422's `details.fields` on the form's own fields (api-contract §2.4); returns the errors no field took, for a
 * form-level alert. `mapField` translates server paths (`namespaces[1]`) to form paths (`namespaces.1.value`).
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  mapField: (serverField: string) => Path<T> | null,
): string[] {
  if (!isApiError(error)) return []
  const unplaced: string[] = []
  for (const { field, message } of error.fieldErrors) {
    const path = mapField(field)
    if (path) setError(path, { type: 'server', message })
    else unplaced.push(field ? `${field}: ${message}` : message)
  }
  return unplaced
}
