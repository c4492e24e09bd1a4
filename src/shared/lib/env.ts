/** Demo mode: the built-in demo backend (MSW) answers the API. Off only with `VITE_API_MOCKING=off`. */
export const isDemoMode = import.meta.env.VITE_API_MOCKING !== 'off'
