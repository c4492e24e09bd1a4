import { Fragment } from 'react'
import { Link as RouterLink, useMatches } from 'react-router'
import { clipText } from '@/shared/lib/clip'
import type { RouteHandle } from '../routing/toRoute'
import './shell.css'

/**
 * Breadcrumbs from the matched routes' `handle.crumb` (and `parentCrumbs` for routes kept flat in the table). A label may
 * come from the URL or from data, so it is cut: a crumb is a link, and the page below shows the whole value.
 */
export function Breadcrumbs() {
  const crumbs = useMatches().flatMap((match) => {
    const handle = match.handle as RouteHandle | undefined
    if (!handle?.crumb) return []
    const label = typeof handle.crumb === 'function' ? handle.crumb(match.params) : handle.crumb
    return [...(handle.parentCrumbs?.(match.params) ?? []), { to: match.pathname, label }]
  })
  if (crumbs.length === 0) return null
  const trail = crumbs[0]!.to === '/' ? crumbs : [{ to: '/', label: 'Home' }, ...crumbs]
  // MUI's Breadcrumbs markup (a list, separators hidden from assistive technology) in static styles (shell.css).
  return (
    <nav aria-label="Breadcrumb" className="shell-crumbs">
      <ol>
        {trail.map((crumb, index) => (
          <Fragment key={crumb.to}>
            {index > 0 && (
              <li aria-hidden="true" className="shell-crumb-separator">
                /
              </li>
            )}
            <li>
              {index === trail.length - 1 ? (
                <p className="shell-crumb-current" aria-current="page">
                  {clipText(crumb.label)}
                </p>
              ) : (
                <RouterLink className="shell-crumb" to={crumb.to}>
                  {clipText(crumb.label)}
                </RouterLink>
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  )
}
