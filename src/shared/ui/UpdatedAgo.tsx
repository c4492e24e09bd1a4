import { useEffect, useState } from 'react'
import { formatRelative } from '@/shared/lib/format'

const TEXT = { margin: 0, font: 'var(--mui-font-body2)' } as const

/** "Live · updated 3 s ago": when the data last arrived, ticking each second; "Live" while it is polled. */
export function UpdatedAgo({ updatedAt, live }: { updatedAt: number; live: boolean }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.round((now - updatedAt) / 1000))
  const ago = seconds < 60 ? `${seconds} s ago` : formatRelative(new Date(updatedAt).toISOString(), now)
  return (
    // MUI's body2 text in look, as an inline style: it ticks every second in lists' headers (issue 16).
    <span style={TEXT}>
      {live ? 'Live · ' : ''}updated {ago}
    </span>
  )
}
