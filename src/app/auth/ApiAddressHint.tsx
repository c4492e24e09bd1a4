import { Typography } from '@mui/material'
import { API_BASE } from '@/shared/contract/apiBase'

/** Where the console's API calls go, as an address a person can paste into a browser or curl. */
function apiBaseUrl(): string {
  try {
    return new URL(API_BASE, window.location.origin).href.replace(/\/+$/, '')
  } catch {
    return API_BASE
  }
}

/**
 * "API settings" of a console whose API address is fixed when it is built or started (issue 13): there is nothing to
 * change in the page, so this names the address in use and where it is set (README, "Configuration").
 */
export function ApiAddressHint() {
  const sameOrigin = API_BASE.startsWith('/')
  return (
    <Typography variant="body2" component="div">
      The console sends its API calls to <code>{apiBaseUrl()}</code> (<code>VITE_API_BASE_URL</code>, default <code>/api</code>).{' '}
      {sameOrigin ? (
        <>
          Where <code>{API_BASE}</code> leads is set where the console is served: <code>API_PROXY_TARGET</code> for{' '}
          <code>npm start</code>, <code>API_UPSTREAM</code> for the nginx recipe. If that is not the API you meant, or nothing
          runs there, start the console again with the right address (README, “Configuration”).
        </>
      ) : (
        <>
          If that is not the API you meant, or nothing runs there, build the console again with the right{' '}
          <code>VITE_API_BASE_URL</code> (README, “Configuration”).
        </>
      )}
    </Typography>
  )
}
