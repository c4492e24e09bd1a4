import type { ButtonHTMLAttributes, ReactNode } from 'react'
import './PlainButton.css'

export type PlainButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'text' | 'outlined' | 'contained'
  size?: 'small' | 'medium'
  /** An icon before the label (an MUI icon, sized by the button as MUI's `startIcon`). */
  startIcon?: ReactNode
}

/**
 * A primary-coloured button that looks like MUI's Button but is a native `<button>` with static styles (PlainButton.css),
 * for the first frame of the views judged against a plain page (issue 16, decision 014). Elsewhere MUI's Button is fine.
 */
export function PlainButton({
  variant = 'text',
  size = 'medium',
  startIcon,
  className,
  type = 'button',
  children,
  ...rest
}: PlainButtonProps) {
  const classes = `pbtn pbtn-${variant}${size === 'small' ? ' pbtn-small' : ''}${className ? ` ${className}` : ''}`
  return (
    <button type={type} className={classes} {...rest}>
      {startIcon && <span className="pbtn-icon">{startIcon}</span>}
      {children}
    </button>
  )
}
