import { Box, Chip, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { Module } from '@/shared/contract/modules'
import { SectionCard } from '@/shared/ui/SectionCard'
import { TimeText } from '@/shared/ui/TimeText'
import { catalogQueries } from '../../api/catalogQueries'
import { categoryLabel } from '../../lib/catalogParams'
import { FactList } from '../FactList'
import { PriceList } from '../PriceList'
import { ProvenanceCard } from './ProvenanceCard'
import { PermissionsCard, ResourcesCard } from './RuntimeCards'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

/** What a module is, who made it, where its image comes from, what it may touch, what it needs and what it costs. */
export function OverviewTab({ module }: { module: Module }) {
  const versions = useQuery(catalogQueries.versions(module.id))
  const current = versions.data?.items.find((v) => v.version === module.currentVersion)
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <SectionCard title="About">
          <Typography variant="body1" sx={{ mb: 2, whiteSpace: 'pre-line', maxWidth: '75ch' }}>
            {module.description ? (
              <LongText value={module.description} max={DISPLAY_LIMIT.prose} label="description" />
            ) : (
              'No description.'
            )}
          </Typography>
          <FactList
            facts={[
              {
                term: 'Author',
                value: module.author ? (
                  <LongText value={[module.author.name, module.author.organization].filter(Boolean).join(', ')} label="author" />
                ) : (
                  '—'
                ),
              },
              {
                term: 'Contact',
                value: module.author?.email ? <LongText value={module.author.email} label="e-mail address" /> : '—',
              },
              { term: 'Category', value: module.category ? categoryLabel(module.category) : '—' },
              { term: 'Visibility', value: module.visibility ?? '—' },
              { term: 'Updated', value: <TimeText iso={module.updatedAt} /> },
              {
                term: 'Tags',
                value: module.tags?.length ? (
                  <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                    {module.tags.map((tag) => (
                      <Chip key={tag} size="small" label={tag} />
                    ))}
                  </Box>
                ) : (
                  '—'
                ),
              },
            ]}
          />
        </SectionCard>
      </Box>
      <ProvenanceCard version={current} pending={versions.isPending} />
      <PermissionsCard permissions={module.permissions} />
      <ResourcesCard resources={module.resources} />
      <SectionCard title="Pricing">
        <PriceList pricing={module.pricing} />
      </SectionCard>
    </Box>
  )
}
