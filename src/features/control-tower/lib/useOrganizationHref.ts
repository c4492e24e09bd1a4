import { useLocation } from 'react-router'
import { paths } from '@/shared/lib/paths'
import { DRAWER_PARAMS } from './orgListParams'

/** The drawer URL of an organization, keeping the list's filters (without another drawer's tab state). */
export function useOrganizationHref(): (orgId: string) => string {
  const { search } = useLocation()
  const listSearch = new URLSearchParams(search)
  DRAWER_PARAMS.forEach((key) => listSearch.delete(key))
  const query = listSearch.toString()
  return (orgId) => `${paths.organization(orgId)}${query ? `?${query}` : ''}`
}
