import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import { Link } from '@mui/material'
import type { ReactNode } from 'react'
import { isHttpsUrl } from '@/shared/lib/awsLinks'

type Props = {
  href: string | null | undefined
  /** The accessible name, which says where the link goes and that it opens a new tab. */
  label: string
  /** Visible text before the icon; without it the link is the icon alone. */
  children?: ReactNode
}

/** A link out of the console (an AWS console page): only `https:` targets, in a new tab, without opener or referrer. */
export function ExternalLink({ href, label, children }: Props) {
  if (!href || !isHttpsUrl(href)) return null
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={label}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontSize: children ? 'caption.fontSize' : undefined }}
    >
      {children}
      <OpenInNewIcon fontSize="inherit" aria-hidden />
    </Link>
  )
}
