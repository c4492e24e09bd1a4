import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { isApiError } from '@/shared/api/ApiError'
import { apiKindQueries } from '@/shared/api/detectApi'
import { ErrorState } from '@/shared/ui/ErrorState'
import { ApiAddressHint } from './ApiAddressHint'
import { explainFailedCall, SIGN_IN_CALL, withExplanation } from './explainFailedCall'

/**
 * A failed `POST /v1/auth/login`, explained (issue 13): which endpoint answered what, and the way on — the API address
 * to check, or the local devkit entry when the API turns out to be one.
 */
export function SignInFailure({ error }: { error: unknown }) {
  // Only what the sign-in page has already asked: the re-sign-in dialog sends no probe of its own.
  const kind = useQuery({ ...apiKindQueries.kind(), enabled: false })
  if (!isApiError(error)) return <ErrorState title={SIGN_IN_CALL.failure} error={error} />
  const { message, addressSuspect } = explainFailedCall(SIGN_IN_CALL, error)
  const isDevkit = kind.data?.kind === 'devkit'
  return (
    <ErrorState
      title={SIGN_IN_CALL.failure}
      error={withExplanation(error, message)}
      hint={
        <>
          {isDevkit && (
            <Typography variant="body2">
              This API is a local devkit API, which has no accounts: use <strong>Continue with the local devkit</strong> above.
            </Typography>
          )}
          {addressSuspect && !isDevkit && <ApiAddressHint />}
        </>
      }
    />
  )
}
