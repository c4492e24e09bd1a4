import { Box, Button, Stack, Typography } from '@mui/material'
import { useState, type FormEvent } from 'react'
import { InputField } from '@/shared/ui/InputField'
import { ModuleHost } from './ModuleHost'
import { localUrlProblem, parseGlobals, readLocalBundle, storeLocalBundle, type LocalBundle } from './localBundles'
import type { MountedModule, ResultEnvelope } from './types'

type Props = {
  module: Omit<MountedModule, 'trustTier'>
  /** The manifest's `ui.globals`: what the form proposes before the developer has chosen. */
  manifestGlobals: readonly string[]
  runId: string
  followsRun?: boolean
  inputData: Record<string, unknown>
  results?: ResultEnvelope
  uiOnlyRun?: boolean
}

/**
 * A with-ui module of a devkit API (issue 13): its UI is the developer's local bundle, named once per module and
 * remembered, and mounted exactly as the harness mounts a localhost URL: the community tier's sandboxed iframe and
 * bridge, SRI skipped for that URL only, marked DEV OVERRIDE.
 */
export function LocalBundleHost({ module, manifestGlobals, ...host }: Props) {
  const [bundle, setBundle] = useState<LocalBundle | null>(() => readLocalBundle(module.id))
  const [editing, setEditing] = useState(false)
  if (!bundle || editing)
    return (
      <LocalBundleForm
        initial={bundle ?? { url: '', globals: [...manifestGlobals] }}
        onMount={(next) => {
          storeLocalBundle(module.id, next)
          setBundle(next)
          setEditing(false)
        }}
        onCancel={bundle ? () => setEditing(false) : undefined}
      />
    )
  return (
    <Stack spacing={1}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="textSecondary">
          Your local bundle{bundle.globals.length ? ` with ${bundle.globals.join(', ')}` : ''}.
        </Typography>
        <Button size="small" onClick={() => setEditing(true)}>
          Change bundle URL
        </Button>
      </Box>
      <ModuleHost
        key={`${bundle.url}|${bundle.globals.join(',')}`}
        module={{ ...module, trustTier: 'community' }}
        ui={{ bundleUrl: bundle.url, integrity: null, runtime: 'react@19', globals: bundle.globals, assets: [] }}
        devOverride
        {...host}
      />
    </Stack>
  )
}

type FormProps = { initial: LocalBundle; onMount: (bundle: LocalBundle) => void; onCancel?: () => void }

function LocalBundleForm({ initial, onMount, onCancel }: FormProps) {
  const [url, setUrl] = useState(initial.url)
  const [globals, setGlobals] = useState(initial.globals.join(', '))
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const reason = localUrlProblem(url)
    setProblem(reason)
    if (!reason) onMount({ url: url.trim(), globals: parseGlobals(globals) })
  }
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Local bundle">
      <Typography variant="body2">
        This module has a UI. The devkit API does not serve it: build it (e.g. <code>npm run build</code> in its <code>ui/</code>{' '}
        folder), serve the output from this machine (<code>npx http-server ui/dist -p 8090</code> or your dev server) and enter
        the URL of its <code>bundle.js</code>. The console remembers it for this module.
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <InputField
          label="Bundle URL (localhost only)"
          value={url}
          placeholder="http://localhost:8090/bundle.js"
          onChange={(event) => setUrl(event.target.value)}
          error={!!problem}
          helperText={problem ?? 'http://localhost:<port>/… or http://127.0.0.1:<port>/…; no CORS header needed.'}
          sx={{ flex: '1 1 22rem' }}
        />
        <InputField
          label="ui.globals"
          value={globals}
          onChange={(event) => setGlobals(event.target.value)}
          helperText="Runtime packs the bundle expects, comma-separated (antd@5, icons@6)."
          sx={{ flex: '1 1 14rem' }}
        />
      </Stack>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained">
          Mount bundle
        </Button>
        {onCancel && <Button onClick={onCancel}>Keep the current bundle</Button>}
      </Box>
    </Stack>
  )
}
