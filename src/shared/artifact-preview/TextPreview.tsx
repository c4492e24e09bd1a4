import { useMemo } from 'react'
import { splitLines } from './decodeText'
import { shownLine } from './previewText'
import { VirtualRows } from './VirtualRows'

/** Plain text as numbered lines, virtualized; text only, whatever it holds. */
export function TextPreview({ text, label }: { text: string; label: string }) {
  const lines = useMemo(() => splitLines(text), [text])
  const digits = String(lines.length).length
  return (
    <VirtualRows
      count={lines.length}
      label={label}
      sx={{
        '& .line-number': { color: 'text.secondary', textAlign: 'right', minWidth: `${digits}ch`, px: 1, userSelect: 'none' },
      }}
      renderRow={(index) => (
        <>
          <span className="line-number" aria-hidden>
            {index + 1}
          </span>
          <span>{shownLine(lines[index]!)}</span>
        </>
      )}
    />
  )
}
