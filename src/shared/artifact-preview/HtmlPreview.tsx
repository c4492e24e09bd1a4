import { Box, Typography } from '@mui/material'
import { useMemo } from 'react'
import { previewDocument } from './previewDocument'

/**
 * An HTML file rendered in a frame with every sandbox restriction (`sandbox=""`: no scripts, forms, popups, plugins or
 * navigation of the console; an opaque origin with no access to it), fed as `srcdoc` — never a URL of the console's
 * origin — with a policy that loads nothing remote (previewDocument.ts).
 */
export function HtmlPreview({ text, cut, label }: { text: string; cut: boolean; label: string }) {
  const srcDoc = useMemo(() => previewDocument(text), [text])
  return (
    <Box>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        Shown without its scripts and without anything it would load from elsewhere
        {cut ? '; only the start of the page was read, so it ends early' : ''}.
      </Typography>
      <Box
        component="iframe"
        title={label}
        sandbox=""
        referrerPolicy="no-referrer"
        srcDoc={srcDoc}
        sx={{ width: '100%', height: '65vh', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'common.white' }}
      />
    </Box>
  )
}
