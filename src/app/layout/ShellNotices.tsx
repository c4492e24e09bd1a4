import { Alert, Snackbar } from '@mui/material'
import { useEffect, useState } from 'react'
import { useNotice, useNoticeActions } from '@/shared/stores/noticeStore'
import { useRateLimitedUntil } from '@/shared/stores/networkStore'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'

/** Shell-wide notices: the 429 countdown (api-contract §2.4) and failed background refreshes. */
export function ShellNotices() {
  const notice = useNotice()
  const { noticeDismissed } = useNoticeActions()
  const rateLimitedUntil = useRateLimitedUntil()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!rateLimitedUntil) return
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [rateLimitedUntil])
  const secondsLeft = rateLimitedUntil ? Math.max(0, Math.ceil((rateLimitedUntil - now) / 1000)) : 0
  return (
    <>
      <Snackbar open={!!rateLimitedUntil} anchorOrigin={{ vertical: 'top', horizontal: 'center' }}>
        <Alert severity="warning" role="status">
          The server asked us to slow down (RATE_LIMITED). Retrying in {secondsLeft} s…
        </Alert>
      </Snackbar>
      <Snackbar
        key={notice?.id}
        open={!!notice}
        autoHideDuration={8000}
        onClose={noticeDismissed}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="warning" onClose={noticeDismissed}>
          {/* A notice may quote data or a server message of any length: a snackbar shows a few lines of it. */}
          {notice && clipText(notice.message, DISPLAY_LIMIT.prose)}
        </Alert>
      </Snackbar>
    </>
  )
}
