import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { useSessionActions } from '@/shared/stores/sessionStore'

/**
 * Sign-out, the one way (the account menu, and the error pages that stand where the shell could not be shown): the
 * session is forgotten — tokens, the stored refresh token, a devkit session — and the sign-in page opens.
 */
export function useSignOut(): (returnTo?: string) => void {
  const { signedOut } = useSessionActions()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(
    (returnTo?: string) => {
      signedOut()
      // Leave the signed-in layout first: it reads `me` from the cache while it is on screen.
      void Promise.resolve(navigate(paths.login(returnTo))).then(() => queryClient.clear())
    },
    [signedOut, navigate, queryClient],
  )
}
