import { Box, Typography } from '@mui/material'
import type { ModuleSummary } from '@/shared/contract/modules'
import { formatAct } from '@/shared/lib/format'
import { pricingPer, pricingUnit } from '../lib/moduleLabels'

type Pricing = NonNullable<ModuleSummary['pricing']>

const TIER_LABELS: Record<string, string> = {
  developer: 'Developer',
  foundational: 'Foundational',
  advanced: 'Advanced',
  strategic: 'Strategic',
}

/** The price of each pricing tier in ACT, as a compact description list. */
export function PriceList({ pricing, dense }: { pricing: Pricing | undefined; dense?: boolean }) {
  if (!pricing || pricing.tiers.length === 0)
    return (
      <Typography variant="body2" color="textSecondary">
        No pricing published
      </Typography>
    )
  const unit = pricingUnit(pricing)
  return (
    <Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: dense ? 'repeat(2, auto 1fr)' : 'auto 1fr',
          columnGap: 1.5,
          rowGap: 0.25,
          m: 0,
          typography: 'body2',
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, fontVariantNumeric: 'tabular-nums' },
        }}
      >
        {pricing.tiers.map((tier) => (
          <Box key={tier.tier} sx={{ display: 'contents' }}>
            <dt>{TIER_LABELS[tier.tier] ?? tier.tier}</dt>
            <dd>
              {formatAct(tier.amountAct)}
              {unit ? '' : ` ${pricingPer(tier.model)}`}
            </dd>
          </Box>
        ))}
      </Box>
      {unit && (
        <Typography variant="caption" color="textSecondary">
          {unit}, by your organization’s plan
        </Typography>
      )}
    </Box>
  )
}
