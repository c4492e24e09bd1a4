import { Box, Switch } from '@mui/material'
import { visuallyHidden } from '@/shared/ui/visuallyHidden'
import { useId } from 'react'
import type { Registry } from '@/shared/contract/registries'
import { clipText } from '@/shared/lib/clip'

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
  const hintId = useId()
  const control = (
    <Switch
      checked={registry.enabled}
      disabled={!canManage || pending || needsTest}
      onChange={(_event, checked) => onToggle(checked)}
      slotProps={{
        input: {
          'aria-label': `Enabled: ${clipText(registry.host)} (${registry.id})`,
          'aria-describedby': hint ? hintId : undefined,
        },
      }}
    />
  )
  // A native title (a disabled control fires no hover events, so it sits on a wrapper) and a hidden description for
  // screen readers: MUI's Tooltip would bring its positioning engine into the tab's first load.
  return hint ? (
    <span title={hint}>
      {control}
      <Box component="span" id={hintId} sx={visuallyHidden}>
        {hint}
      </Box>
    </span>
  ) : (
    control
  )
}
