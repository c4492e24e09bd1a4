import { Breadcrumbs as MuiBreadcrumbs, Link, Typography } from '@mui/material'
import { Link as RouterLink, useMatches } from 'react-router'
import { clipText } from '@/shared/lib/clip'
import type { RouteHandle } from '../routing/toRoute'

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
  return (
    <MuiBreadcrumbs aria-label="Breadcrumb" sx={{ mb: 2 }}>
      {trail.map((crumb, index) =>
        index === trail.length - 1 ? (
          <Typography key={crumb.to} color="text.primary" aria-current="page" variant="body2">
            {clipText(crumb.label)}
          </Typography>
        ) : (
          <Link key={crumb.to} component={RouterLink} to={crumb.to} color="inherit" variant="body2">
            {clipText(crumb.label)}
          </Link>
        ),
      )}
    </MuiBreadcrumbs>
  )
}
