import { Grid, Stack } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ModuleHost } from '@/shared/module-host/ModuleHost'
import type { HostLogEntry, ModuleUiRecord, MountedModule, ResultEnvelope, ThemeMode } from '@/shared/module-host/types'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { PageHeader } from '@/shared/ui/PageHeader'
import { SectionCard } from '@/shared/ui/SectionCard'
import { SelectField } from '@/shared/ui/SelectField'
import { ExecuteModeField, HarnessFields, type HarnessProps } from '../components/HarnessFields'
import { HarnessLog } from '../components/HarnessLog'
import { HarnessSource } from '../components/HarnessSource'
import { demoBundlesQuery } from '../lib/demoBundles'
import { isDevRunId, newDevRunId, readOverride, storeOverride, type DevOverride } from '../lib/harnessState'

const DEFAULT_PROPS: HarnessProps = {
  runId: newDevRunId(),
  inputData: { title: 'JY cohort A — class I ligandome', sample_ids: ['JY-rep1', 'JY-rep2'] },
  results: undefined,
  mockEnvelope: { status: 'success', results: { peptides: 1234 }, summary: { peptides: 1234, binders: 812 }, metadata: {} },
}
const MAX_LOG = 500
const THEME_MODES: readonly ThemeMode[] = ['light', 'dark', 'high-contrast']

/** Collects log entries in a buffer and shows them four times a second: a flooding module must not flood React. */
function useBufferedLog() {
  const buffer = useRef<HostLogEntry[]>([])
  const [entries, setEntries] = useState<HostLogEntry[]>([])
  useEffect(() => {
    const timer = setInterval(() => {
      if (!buffer.current.length) return
      const batch = buffer.current
      buffer.current = []
      setEntries((list) => [...list, ...batch].slice(-MAX_LOG))
    }, 250)
    return () => clearInterval(timer)
  }, [])
  const push = useCallback((entry: HostLogEntry) => void buffer.current.push(entry), [])
  return { entries, push, clear: () => setEntries([]) }
}

/**
 * /dev/module-harness (developer role): mounts a demo bundle or a localhost bundle with the same iframe, sandbox, frame
 * page and bridge as production (module-ui-contract §10). Any applied change recreates the mount.
 */
export function Component() {
  const { params, update } = useUrlParams()
  const bundleId = params.get('bundle') ?? ''
  const tier = params.get('tier') ?? 'community'
  const executeMode = params.get('execute') === 'live' ? 'live' : 'mock'
  const themeMode = THEME_MODES.find((mode) => mode === params.get('theme'))
  const demos = useQuery(demoBundlesQuery()).data ?? []
  const [override, setOverride] = useState<DevOverride | null>(readOverride)
  const [applied, setApplied] = useState<HarnessProps>(DEFAULT_PROPS)
  const [revision, setRevision] = useState(0)
  const log = useBufferedLog()

  // Each control writes only its own params, onto the newest URL: a bundle picked and then a tier, before the page
  // re-rendered between them, keeps both (it once lost the bundle to the tier's stale copy of the URL).
  const setParam = (changes: Record<string, string | undefined>) => update(changes, { keepCursor: true })

  const demo = demos.find((d) => d.id === bundleId)
  let mount: { module: MountedModule; ui: ModuleUiRecord; dev: boolean } | null = null
  if (override) {
    mount = {
      module: {
        id: 'dev-override',
        name: 'dev-override',
        version: '0.0.0-dev',
        displayName: 'Developer bundle',
        trustTier: tier,
      },
      ui: {
        bundleUrl: override.url,
        integrity: override.integrity ?? null,
        runtime: 'react@19',
        globals: override.globals,
        assets: [],
      },
      dev: true,
    }
  } else if (demo) {
    const module = demo.module ?? { id: `demo-${demo.id}`, name: `demo-${demo.id}`, version: '0.0.0' }
    mount = { module: { ...module, trustTier: tier, dataAccess: [] }, ui: demo.ui, dev: false }
  }

  const mockEnvelope = applied.mockEnvelope as ResultEnvelope
  const executeOverride = useCallback(async () => mockEnvelope, [mockEnvelope])

  return (
    // The shell's own margins, as every page has: a Container here indented the harness under the breadcrumbs.
    <>
      <PageHeader
        title="Module UI harness"
        subtitle="Mount a module UI under the production sandbox rules and watch every callback and bridge message."
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <HarnessSource
              demos={demos}
              bundleId={bundleId}
              tier={tier}
              onBundle={(id, bundleTier) => setParam({ bundle: id, ...(bundleTier ? { tier: bundleTier } : {}) })}
              onTier={(nextTier) => setParam({ tier: nextTier })}
              override={override}
              onOverride={(value) => {
                storeOverride(value)
                setOverride(value)
                setRevision((n) => n + 1)
              }}
            />
            <SectionCard title="onExecute and theme">
              <Stack spacing={2}>
                <ExecuteModeField value={executeMode} onChange={(mode) => setParam({ execute: mode === 'live' ? 'live' : '' })} />
                <SelectField
                  label="Theme mode"
                  value={themeMode ?? ''}
                  minWidth={220}
                  options={[{ value: '', label: 'as the console' }, ...THEME_MODES.map((mode) => ({ value: mode, label: mode }))]}
                  onChange={(value) => setParam({ theme: value })}
                />
              </Stack>
            </SectionCard>
            <HarnessFields
              applied={applied}
              onApply={(next) => {
                setApplied(next)
                setRevision((n) => n + 1)
              }}
            />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2}>
            <SectionCard title="Mounted module">
              {mount ? (
                <ModuleHost
                  key={`${revision}:${bundleId}:${tier}:${executeMode}:${themeMode ?? ''}:${override?.url ?? ''}`}
                  module={mount.module}
                  ui={mount.ui}
                  runId={applied.runId}
                  followsRun={!isDevRunId(applied.runId)}
                  inputData={applied.inputData}
                  results={applied.results as ResultEnvelope | undefined}
                  devOverride={mount.dev}
                  onLog={log.push}
                  {...(themeMode ? { themeMode } : {})}
                  {...(executeMode === 'mock' ? { onExecuteOverride: executeOverride } : {})}
                />
              ) : (
                'Choose a demo bundle or mount a localhost URL.'
              )}
            </SectionCard>
            <HarnessLog entries={log.entries} onClear={log.clear} />
          </Stack>
        </Grid>
      </Grid>
    </>
  )
}
