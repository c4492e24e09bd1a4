import type { ReactNode } from 'react'
import { clipText } from '@/shared/lib/clip'
import './PageHeader.css'

/** A page's title, a line of context and its actions (static styles: PageHeader.css). */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 className="page-header-title">{clipText(title)}</h1>
        {/* A div, not a p: a subtitle may hold badges and other block content. */}
        {subtitle && <div className="page-header-subtitle">{subtitle}</div>}
      </div>
      {actions}
    </div>
  )
}
