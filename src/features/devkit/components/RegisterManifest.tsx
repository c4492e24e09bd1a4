import { Alert, Box, Button, Link, List, ListItem, Stack, TextField, Typography } from '@mui/material'
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { Link as RouterLink } from 'react-router'
import { useActionKey } from '@/shared/api/useActionKey'
import { paths } from '@/shared/lib/paths'
import { ErrorState } from '@/shared/ui/ErrorState'
import { SectionCard } from '@/shared/ui/SectionCard'
import { useRegisterManifest } from '../api/devkitQueries'
import { checkManifest, EXAMPLE_WITH_UI_MANIFEST, type ManifestProblem } from '../lib/manifestCheck'

/**
 * Registers a manifest with the devkit API (`POST /v1/devkit/modules`): pasted or picked from disk, checked here first
 * so that each problem is named by its field, and kept in the box whatever happens, so a fix is one edit away.
 */
export function RegisterManifest() {
  const [text, setText] = useState('')
  const [problems, setProblems] = useState<ManifestProblem[]>([])
  const [fileError, setFileError] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const register = useRegisterManifest()
  const key = useActionKey()

  const edit = (next: string) => {
    setText(next)
    setProblems([])
    // A different manifest is a different action: its own idempotency key.
    key.renew()
    register.reset()
  }
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setFileError(null)
    try {
      edit(await file.text())
    } catch (error) {
      setFileError(`${file.name} could not be read: ${(error as Error).message}`)
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkManifest(text)
    if (!checked.ok) {
      setProblems(checked.problems)
      return
    }
    register.mutate({ manifest: checked.manifest, idempotencyKey: key.current() }, { onSuccess: () => key.renew() })
  }

  const registered = register.data?.module
  return (
    <SectionCard title="Register a manifest">
      <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Register a manifest">
        <Typography variant="body2" color="textSecondary">
          Paste your module’s <code>manifest.json</code> or pick the file. A manifest registered again under the same id replaces
          the earlier one.
        </Typography>
        <TextField
          label="manifest.json"
          multiline
          minRows={8}
          maxRows={24}
          value={text}
          onChange={(event) => edit(event.target.value)}
          error={problems.length > 0}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
        />
        {problems.length > 0 && (
          <Alert severity="error" role="alert">
            Not sent: fix {problems.length === 1 ? 'this' : 'these'} first.
            <List dense disablePadding aria-label="Manifest problems">
              {problems.map((problem) => (
                <ListItem key={problem.field} disableGutters>
                  <Typography variant="body2">
                    <code>{problem.field}</code>: {problem.message}
                  </Typography>
                </ListItem>
              ))}
            </List>
          </Alert>
        )}
        {fileError && <Alert severity="error">{fileError}</Alert>}
        {register.isError && <ErrorState error={register.error} title="The devkit API did not register the manifest" />}
        {registered && (
          <Alert severity="success" role="status" aria-label="Registered">
            Registered <strong>{registered.name}</strong> {registered.version} as <code>{registered.id}</code>.{' '}
            <Link component={RouterLink} to={paths.module(registered.id)} underline="always">
              Open it
            </Link>{' '}
            or{' '}
            <Link component={RouterLink} to={paths.launchModule(registered.id)} underline="always">
              run it
            </Link>
            .
          </Alert>
        )}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={register.isPending}>
            {register.isPending ? 'Registering…' : 'Register'}
          </Button>
          <Button onClick={() => fileInput.current?.click()}>Pick manifest.json…</Button>
          <Button onClick={() => edit(JSON.stringify(EXAMPLE_WITH_UI_MANIFEST, null, 2))}>Fill in an example with a UI</Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="manifest.json file"
            onChange={(event) => void pick(event)}
          />
        </Box>
      </Stack>
    </SectionCard>
  )
}
