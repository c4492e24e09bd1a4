import { Alert, Box, Button, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { InputField } from '@/shared/ui/InputField'
import { SectionCard } from '@/shared/ui/SectionCard'
import { SelectField } from '@/shared/ui/SelectField'
import type { DemoBundle } from '../lib/demoBundles'
import { parseGlobals } from '@/shared/module-host/localBundles'
import { integrityProblem, overrideUrlProblem, type DevOverride } from '../lib/harnessState'

const TIERS = [
  { value: 'community', label: 'community (iframe)' },
  { value: 'verified', label: 'verified (iframe)' },
  { value: 'internal', label: 'internal (same realm)' },
]

type Props = {
  demos: DemoBundle[]
  bundleId: string
  tier: string
  /** A demo bundle was picked ('' for none), with the tier it is made for, if it names one. */
  onBundle: (bundleId: string, tier: string | undefined) => void
  onTier: (tier: string) => void
  override: DevOverride | null
  onOverride: (value: DevOverride | null) => void
}

/** What to mount: a demo bundle through the production path (SRI enforced), or a localhost bundle (DEV OVERRIDE). */
export function HarnessSource({ demos, bundleId, tier, onBundle, onTier, override, onOverride }: Props) {
  const [url, setUrl] = useState(override?.url ?? 'http://localhost:3000/bundle.js')
  const [globals, setGlobals] = useState(override?.globals.join(', ') ?? '')
  const [integrity, setIntegrity] = useState(override?.integrity ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const [integrityError, setIntegrityError] = useState<string | null>(null)
  const selected = demos.find((d) => d.id === bundleId)

  const useUrl = () => {
    const reason = overrideUrlProblem(url)
    const badIntegrity = integrityProblem(integrity)
    setProblem(reason)
    setIntegrityError(badIntegrity)
    if (reason || badIntegrity) return
    onOverride({
      url: url.trim(),
      ...(integrity.trim() ? { integrity: integrity.trim() } : {}),
      globals: parseGlobals(globals),
    })
  }

  return (
    <SectionCard title="Bundle">
      <Stack spacing={2}>
        {demos.length > 0 && (
          <Box>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <SelectField
                label="Demo bundle"
                value={bundleId}
                minWidth={280}
                options={[{ value: '', label: 'Choose a demo bundle' }, ...demos.map((d) => ({ value: d.id, label: d.label }))]}
                onChange={(value) => onBundle(value, demos.find((d) => d.id === value)?.tier)}
              />
              <SelectField label="Trust tier" value={tier} options={TIERS} onChange={onTier} />
            </Stack>
            {selected && (
              <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
                {selected.description} Expected: {selected.expect}.
              </Typography>
            )}
          </Box>
        )}
        <Box>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <InputField
              label="Bundle URL (localhost only)"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              error={!!problem}
              helperText={
                problem ??
                'http://localhost:<port>/… or http://127.0.0.1:<port>/…, from any static server (no CORS header needed); SRI is skipped for this URL only.'
              }
              sx={{ minWidth: 360, flex: 1 }}
            />
            <InputField
              label="ui.globals"
              value={globals}
              onChange={(e) => setGlobals(e.target.value)}
              placeholder="antd@5, icons@6"
            />
            <InputField
              label="Integrity (optional)"
              value={integrity}
              onChange={(e) => setIntegrity(e.target.value)}
              error={!!integrityError}
              helperText={integrityError ?? 'sha384-…: load as published (SRI; the server must send CORS headers).'}
              sx={{ minWidth: 240 }}
            />
            <Button variant="outlined" onClick={useUrl}>
              Mount URL
            </Button>
            {override && <Button onClick={() => onOverride(null)}>Stop override</Button>}
          </Stack>
          {override && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              Mounting {override.url} with the production sandbox; the override is kept for this browser tab only.
            </Alert>
          )}
        </Box>
      </Stack>
    </SectionCard>
  )
}
