import { Link } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { OrganizationSummary } from '@/shared/contract/organizations'
import { clipText } from '@/shared/lib/clip'
import { useOrganizationHref } from '../lib/useOrganizationHref'

/**
 * The name links to the drawer, so keyboard users open it with Enter. A link holds no buttons, so a long name is cut, and
 * on one line (rows have a fixed height) it ends in an ellipsis rather than pushing the other columns out of view.
 */
export function OrganizationLink({ org }: { org: OrganizationSummary }) {
  const hrefFor = useOrganizationHref()
  return (
    <Link
      component={RouterLink}
      to={hrefFor(org.id)}
      onClick={(event) => event.stopPropagation()}
      sx={{
        fontWeight: 600,
        whiteSpace: 'nowrap',
        display: 'inline-block',
        maxWidth: '32rem',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        verticalAlign: 'bottom',
      }}
    >
      {clipText(org.name)}
    </Link>
  )
}
