import { Switch, Tooltip } from '@mui/material'
import type { Registry } from '@/shared/contract/registries'

type Props = { registry: Registry; canManage: boolean; pending: boolean; onToggle: (enabled: boolean) => void }

/**
 * Enable / disable. A private registry is switched on only after a passing saved test (api-contract §8 "Enabling");
 * the switch says so instead of letting the server refuse, and the server still decides.
 */
export function EnabledSwitch({ registry, canManage, pending, onToggle }: Props) {
  const needsTest = !registry.enabled && registry.credential !== null && !registry.lastTest?.ok
  const hint = !canManage
    ? 'Only an organization admin can enable or disable a registry.'
    : needsTest
      ? 'Run Test connection first: a private registry is enabled only after a passing test.'
      : ''
  const control = (
    <Switch
      checked={registry.enabled}
      disabled={!canManage || pending || needsTest}
      onChange={(_event, checked) => onToggle(checked)}
      slotProps={{ input: { 'aria-label': `Enabled: ${registry.host} (${registry.id})` } }}
    />
  )
  // A disabled control fires no hover events, so the tooltip listens on a wrapper.
  return hint ? (
    <Tooltip describeChild title={hint}>
      <span>{control}</span>
    </Tooltip>
  ) : (
    control
  )
}
