import DownloadIcon from '@mui/icons-material/Download'
import { Button } from '@mui/material'
import { lazy, Suspense, useState } from 'react'
import type { Comparison } from '../../lib/compare/comparison'
import type { InputRow } from '../../lib/compare/inputsDiff'
import { downloadText, localDateStamp } from '@/shared/lib/downloadText'

const ExportComparisonMenu = lazy(() => import('./ExportComparisonMenu'))

type Props = { workflowId: string; comparison: Comparison; inputs: InputRow[] }

/** Downloads the comparison as Markdown (for a ticket or a lab notebook) or JSON (for a script). */
export function ExportComparisonButton({ workflowId, comparison, inputs }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const name = `${workflowId}-comparison-${comparison.runs.length}-runs-${localDateStamp()}`
  const save = async (format: 'md' | 'json') => {
    setAnchor(null)
    // The writers load on the first export: the comparison's first load stays small (issue 18).
    const { comparisonJson, comparisonMarkdown } = await import('../../lib/compare/exportComparison')
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
          <ExportComparisonMenu anchor={anchor} onPick={(format) => void save(format)} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  )
}
