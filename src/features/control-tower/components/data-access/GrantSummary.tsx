import type { ReactNode } from 'react'
import type { DataGrant } from '@/shared/contract/organizations'
import { LongText } from '@/shared/ui/LongText'

/**
 * "Who asked for which access to what (datasets)." in the decision dialogs; each part is data of any length, so each is
 * cut with the rest one click away. `strong` stresses the access and the catalog (the approve dialog).
 */
export function GrantSummary({ grant, strong = false }: { grant: DataGrant; strong?: boolean }) {
  const stress = (node: ReactNode) => (strong ? <strong>{node}</strong> : node)
  return (
    <>
      <LongText value={grant.requestedBy.name} label="name" /> asked for{' '}
      {stress(<LongText value={grant.access} label="access" />)} access to{' '}
      {stress(
        <>
          <LongText value={grant.provider} label="provider" />/<LongText value={grant.catalog} label="catalog" />
        </>,
      )}{' '}
      (<LongText value={grant.datasets.join(', ')} label="datasets" />
      ).
    </>
  )
}
