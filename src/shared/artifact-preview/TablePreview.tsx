import { Box, Typography } from '@mui/material'
import { useMemo } from 'react'
import { clipText } from '@/shared/lib/clip'
import { formatCount } from '@/shared/lib/format'
import { parseTable } from './delimited'

/** Rows a table preview shows: enough to read the file's shape, few enough to render in one frame. */
const TABLE_PREVIEW_ROWS = 100

type Props = { text: string; separator: '\t' | ','; cut: boolean; label: string }

/**
 * TSV or CSV as a table: its header and first rows, with the count of those not shown, and rows whose number of
 * cells differs from the header's called out. Every cell is text.
 */
export function TablePreview({ text, separator, cut, label }: Props) {
  const table = useMemo(() => parseTable(text, separator, { maxRows: TABLE_PREVIEW_ROWS, cut }), [text, separator, cut])
  const hidden = table.totalRows - table.rows.length
  const columns = Array.from({ length: table.columns }, (_, i) => i)
  if (table.header.length === 0) return <Typography variant="body2">This file has no rows.</Typography>
  return (
    <Box>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        {`${formatCount(table.rows.length)} of ${formatCount(table.totalRows)} rows shown`}
        {hidden > 0 ? `; ${formatCount(hidden)} more rows not shown${cut ? ' in the part read' : ''}` : ''}
        {cut ? ' (the file has more).' : '.'}
        {table.raggedRows > 0 &&
          ` ${formatCount(table.raggedRows)} ${table.raggedRows === 1 ? 'row has' : 'rows have'} a different number of cells than the header (${table.header.length}).`}
      </Typography>
      <Box
        tabIndex={0}
        role="region"
        aria-label={`${label}: table`}
        sx={{
          overflow: 'auto',
          maxHeight: '60vh',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          '& table': { borderCollapse: 'collapse', fontSize: 'caption.fontSize', fontFamily: 'monospace' },
          '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.25, textAlign: 'left', whiteSpace: 'pre' },
          '& thead th': { position: 'sticky', top: 0, bgcolor: 'background.paper', fontWeight: 600 },
          '& tbody th': { color: 'text.secondary', fontWeight: 400, textAlign: 'right' },
          '& .missing': { color: 'text.disabled' },
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <table aria-label={label}>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((i) => (
                <th key={i} scope="col" className={i < table.header.length ? undefined : 'missing'}>
                  {i < table.header.length ? clipText(table.header[i]!) : '(no header)'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} data-ragged={row.length !== table.header.length || undefined}>
                <th scope="row">{r + 1}</th>
                {columns.map((i) => (
                  <td key={i} className={i < row.length ? undefined : 'missing'}>
                    {i < row.length ? clipText(row[i]!) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
    </Box>
  )
}
