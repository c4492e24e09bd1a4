// PLACEHOLDER so the test setup loads; the helper that owns this file replaces it entirely.
import type { HttpHandler } from 'msw'
export const moduleHandlers: HttpHandler[] = []
