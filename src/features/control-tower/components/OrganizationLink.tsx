import { Link } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { OrganizationSummary } from '@/shared/contract/organizations'
import { useOrganizationHref } from '../lib/useOrganizationHref'

/** The name links to the drawer, so keyboard users open it with Enter. */
export function OrganizationLink({ org }: { org: OrganizationSummary }) {
  const hrefFor = useOrganizationHref()
  return (
    <Link
      component={RouterLink}
      to={hrefFor(org.id)}
      onClick={(event) => event.stopPropagation()}
      sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      {org.name}
    </Link>
  )
}
