import { Alert, Stack } from '@mui/material'
import { useMemo } from 'react'
import { JsonTree } from '@/shared/ui/JsonTree'
import { parseJson } from './previewText'
import { TextPreview } from './TextPreview'

/**
 * JSON as a tree of text. What is no JSON — a file cut at 1 MiB, or broken — is said and shown as text instead:
 * a tree of half a document would look complete.
 */
export function JsonPreview({ text, cut, label }: { text: string; cut: boolean; label: string }) {
  const parsed = useMemo(() => (cut ? null : parseJson(text)), [text, cut])
  if (parsed?.ok) return <JsonTree value={parsed.value} label={label} />
  return (
    <Stack spacing={1}>
      <Alert severity={cut ? 'info' : 'warning'}>
        {cut
          ? 'Only the start of this JSON file was read, so it is shown as text. Download it for the whole document.'
          : `This file is not valid JSON (${parsed?.reason ?? 'unreadable'}); it is shown as text.`}
      </Alert>
      <TextPreview text={text} label={label} />
    </Stack>
  )
}
