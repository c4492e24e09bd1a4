import DownloadIcon from '@mui/icons-material/Download'
import { Button } from '@mui/material'
import { lazy, Suspense, useState } from 'react'
import type { Comparison } from '../../lib/compare/comparison'
import { comparisonJson, comparisonMarkdown } from '../../lib/compare/exportComparison'
import type { InputRow } from '../../lib/compare/inputsDiff'
import { downloadText, localDateStamp } from '@/shared/lib/downloadText'

const ExportComparisonMenu = lazy(() => import('./ExportComparisonMenu'))

type Props = { workflowId: string; comparison: Comparison; inputs: InputRow[] }

/** Downloads the comparison as Markdown (for a ticket or a lab notebook) or JSON (for a script). */
export function ExportComparisonButton({ workflowId, comparison, inputs }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const name = `${workflowId}-comparison-${comparison.runs.length}-runs-${localDateStamp()}`
  const save = (format: 'md' | 'json') => {
    setAnchor(null)
    if (format === 'md')
      downloadText(`${name}.md`, comparisonMarkdown(workflowId, comparison, inputs), 'text/markdown;charset=utf-8')
    else downloadText(`${name}.json`, JSON.stringify(comparisonJson(workflowId, comparison, inputs), null, 2), 'application/json')
  }
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Export
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <ExportComparisonMenu anchor={anchor} onPick={save} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  )
}
