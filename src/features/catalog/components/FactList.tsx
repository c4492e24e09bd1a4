import type { ReactNode } from 'react'
import { Fact as FactItem, FactList as SharedFactList } from '@/shared/ui/FactList'

export type Fact = { term: string; value: ReactNode; wide?: boolean }

/** Facts given as data (the catalog builds them from manifests), on the shared description list. */
export function FactList({ facts, columns = '12rem' }: { facts: Fact[]; columns?: string }) {
  return (
    <SharedFactList minColumn={columns}>
      {facts.map((fact) => (
        <FactItem key={fact.term} term={fact.term} wide={fact.wide}>
          {fact.value}
        </FactItem>
      ))}
    </SharedFactList>
  )
}
