import type { HTMLAttributes } from 'react'
import './PlainPaper.css'

/** A surface that looks like the theme's outlined MUI Paper, as a plain `<div>` with static styles (issue 16). */
export function PlainPaper({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={className ? `plain-paper ${className}` : 'plain-paper'} {...rest} />
}
