import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ApiError } from '@/shared/api/ApiError'
import { http, newIdempotencyKey } from '@/shared/api/http'
import { reauthAbandoned, reauthSucceeded } from '@/shared/api/session'
import { fetchMe, meQueries } from '@/shared/auth/meQueries'
import { TokenPair, type Me } from '@/shared/contract/auth'
import { apiPaths } from '@/shared/contract/paths'
import { noticeActions } from '@/shared/stores/noticeStore'
import { clipText } from '@/shared/lib/clip'
import { sessionActions, useReauthRequired } from '@/shared/stores/sessionStore'
import { SignInForm } from './SignInForm'

/**
 * A new sign-in is scoped to the user's default organization (api-contract §4), but the page and the calls waiting on
 * it belong to the organization the user was working in: without switching back, a registry save would answer 404 and a
 * run would start in the wrong organization.
 */
async function returnToOrganization(previous: Me, now: Me): Promise<Me> {
  const samePerson = now.id === previous.id
  if (!samePerson || now.activeOrgId === previous.activeOrgId) return now
  if (!now.organizations.some((org) => org.id === previous.activeOrgId)) return now
  const tokens = await http(apiPaths.switchOrg(), TokenPair, {
    method: 'POST',
    body: { orgId: previous.activeOrgId },
    idempotencyKey: newIdempotencyKey(),
  })
  sessionActions().signedIn(tokens)
  return fetchMe()
}

/**
 * After signing in again: the calls that waited are replayed only if the same person is back in the same organization;
 * otherwise they are dropped unsent (each fails with SESSION_CHANGED where it was made, so what was typed stays to be
 * submitted again), the user is told, and what was read as the previous identity is read again.
 */
async function settleWaitingCalls(previous: Me | undefined, queryClient: QueryClient): Promise<void> {
  let now: Me | undefined
  try {
    // Who the new tokens act as (`http()` needs it before a waiting call may go out again), asked directly: a `me`
    // query may itself be among the waiting calls and would be joined instead of sent. Only the final answer reaches
    // the cache, so the page never renders the default organization it passes through on the way back.
    now = await fetchMe()
    if (previous) now = await returnToOrganization(previous, now)
    queryClient.setQueryData(meQueries.me().queryKey, now)
  } catch {
    // Who is signed in stays unknown: reauthSucceeded() then replays no call that had an owner.
  }
  const dropped = reauthSucceeded().filter((call) => call.method !== 'GET')
  if (!previous || !now || now.id !== previous.id || now.activeOrgId !== previous.activeOrgId) {
    queryClient.removeQueries({ type: 'inactive' })
    void queryClient.invalidateQueries()
  }
  if (dropped.length > 0) {
    const what = dropped.length === 1 ? 'One change' : `${dropped.length} changes`
    noticeActions().noticeShown(
      `${what} started as ${previous ? clipText(previous.name) : 'the previous account'} ${dropped.length === 1 ? 'was' : 'were'} not sent, because you signed in as ${now ? clipText(now.name) : 'another account'}${now && previous && now.id === previous.id ? ' in another organization' : ''}. What you entered is still on the page.`,
    )
  }
}

/**
 * Sign-in over the current page when the session has ended (api-contract §2.4, 401): the page and everything typed in
 * it stay; the calls that met the 401 resume once the user is back.
 */
export function ReauthDialog() {
  const open = useReauthRequired()
  const queryClient = useQueryClient()
  const me = queryClient.getQueryData(meQueries.me().queryKey)
  return (
    <Dialog open={open} aria-labelledby="reauth-title" maxWidth="sm" fullWidth>
      <DialogTitle id="reauth-title">Your session has ended</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Sign in again to continue. This page and what you typed stay as they are.
        </DialogContentText>
        <SignInForm
          expectedEmail={me?.email}
          onSignedIn={(tokens) => {
            sessionActions().signedIn(tokens)
            void settleWaitingCalls(me, queryClient)
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() =>
            reauthAbandoned(new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: 'You chose not to sign in again.' }))
          }
        >
          Cancel
        </Button>
      </DialogActions>
    </Dialog>
  )
}
