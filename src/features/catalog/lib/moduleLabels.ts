/** Words for a module's type, trust tier and pricing model, shared by the catalog's cards, table and detail. */
const TYPE_LABELS: Record<string, string> = { 'no-ui': 'No UI', 'with-ui': 'With UI' }

export const typeLabel = (type: string | undefined) => (type ? (TYPE_LABELS[type] ?? type) : '—')

/** What each trust tier means for the person choosing a module (module-ui-contract: it decides the sandbox). */
export const TRUST_TIER_HINTS: Record<string, string> = {
  internal: 'Internal: built by the platform team; its UI runs inside the console.',
  verified: 'Verified publisher: reviewed; its UI runs in a sandboxed frame.',
  community: 'Community: not reviewed by the platform; its UI runs in a sandboxed frame.',
}

export const pricingPer = (model: string) =>
  model === 'subscription' ? 'per month' : model === 'usage-based' ? 'per run' : model

/** "per run" or "per month", when every tier shares one pricing model. */
export function pricingUnit(pricing: { tiers: { model: string }[] }): string | null {
  const models = new Set(pricing.tiers.map((tier) => tier.model))
  return models.size === 1 ? pricingPer([...models][0]!) : null
}
