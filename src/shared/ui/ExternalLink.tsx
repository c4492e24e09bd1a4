import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import { Link, type SxProps, type Theme } from '@mui/material'
import type { ReactNode } from 'react'
import { isHttpsUrl } from '@/shared/lib/awsLinks'

type Props = {
  href: string | null | undefined
  /** The accessible name, which says where the link goes and that it opens a new tab. */
  label: string
  /** Visible text before the icon; without it the link is the icon alone. */
  children?: ReactNode
  /** A tooltip, e.g. the full target a short text stands for. */
  title?: string
  /** Layout of the link at its place (no wrapping in a table cell, a monospace URI); merged over the defaults. */
  sx?: SxProps<Theme>
}

/**
 * The one way out of the console (an AWS console page, a pre-signed download): only `https:` targets are rendered
 * (style guide §9.14: a link from data that isn't `https:` is never a link), in a new tab, without opener or referrer.
 */
export function ExternalLink({ href, label, children, title, sx }: Props) {
  if (!href || !isHttpsUrl(href)) return null
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={label}
      title={title}
      sx={[
        { display: 'inline-flex', alignItems: 'center', gap: 0.5, fontSize: children ? 'caption.fontSize' : undefined },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
      <OpenInNewIcon fontSize="inherit" aria-hidden />
    </Link>
  )
}
