import { lazy, Suspense } from 'react'
import { LoadingState } from '@/shared/ui/DataState'

/** The Markdown parser is loaded only when a Markdown file is previewed. */
const MarkdownDocument = lazy(() => import('./MarkdownDocument'))

/** Markdown rendered as React elements: no raw HTML, links only to `https:`, images never loaded. */
export function MarkdownPreview({ text, label }: { text: string; label: string }) {
  return (
    <Suspense fallback={<LoadingState label="Loading the Markdown renderer" />}>
      <MarkdownDocument text={text} label={label} />
    </Suspense>
  )
}
