/** `API_BASE` (api-contract §1): `VITE_API_BASE_URL`, default `/api`, without a trailing slash. */
export const API_BASE = (import.meta.env.VITE_API_BASE_URL || '/api').replace(/\/+$/, '')
