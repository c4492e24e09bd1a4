/** The first rows of a TSV or CSV file, and what the rest of its bytes hold. */
export type TableData = {
  header: string[]
  /** The first data rows, at most `maxRows`. */
  rows: string[][]
  /** Every complete data row in the bytes read (the header, blank lines and a row cut off at the end not counted). */
  totalRows: number
  /** The widest of the header and the rows shown: a ragged row may have more cells than the header. */
  columns: number
  /** Data rows (of all counted) whose number of cells differs from the header's. */
  raggedRows: number
}

const NEWLINE = 10
const QUOTE = 34

/** A cell as written: surrounding quotes of a quoted CSV cell dropped and `""` read as `"`; a final `\r` dropped. */
function cellText(text: string, start: number, end: number, quoted: boolean, last: boolean): string {
  let value = text.slice(start, end)
  if (last && value.endsWith('\r')) value = value.slice(0, -1)
  if (!quoted) return value
  const close = value.lastIndexOf('"')
  return (close > 0 ? value.slice(1, close) + value.slice(close + 1) : value.slice(1)).replaceAll('""', '"')
}

/**
 * Reads TSV (no quoting: a quote is a character) or CSV (RFC 4180 quotes, which may hold separators and line breaks)
 * in one pass. Only the first `maxRows` rows become cells; the rest are counted, so a 1 MB file costs one scan. When
 * the bytes are only the start of a file (`cut`) its last line is left out: it was cut off mid-row.
 */
export function parseTable(text: string, separator: '\t' | ',', { maxRows, cut }: { maxRows: number; cut: boolean }): TableData {
  const sep = separator.charCodeAt(0)
  const quotes = separator === ','
  const n = text.length
  let header: string[] | undefined
  const rows: string[][] = []
  let totalRows = 0
  let raggedRows = 0
  let pos = 0
  while (pos < n) {
    const materialize = header === undefined || rows.length < maxRows
    const recordStart = pos
    const fields: string[] = []
    let count = 0
    let fieldStart = pos
    let quoted = false
    let inQuotes = false
    let complete = false
    let i = pos
    while (i < n) {
      const c = text.charCodeAt(i)
      if (inQuotes) {
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) i += 1
          else inQuotes = false
        }
      } else if (c === QUOTE && quotes && i === fieldStart) {
        inQuotes = quoted = true
      } else if (c === sep || c === NEWLINE) {
        if (materialize) fields.push(cellText(text, fieldStart, i, quoted, c === NEWLINE))
        count += 1
        quoted = false
        fieldStart = i + 1
        if (c === NEWLINE) {
          complete = true
          i += 1
          break
        }
      }
      i += 1
    }
    if (!complete) {
      if (materialize) fields.push(cellText(text, fieldStart, n, quoted, true))
      count += 1
    }
    pos = i
    // A line cut off at the end of the bytes read is no row; a blank or whitespace-only line is none either.
    if (!complete && cut) break
    if (count === 1 && text.slice(recordStart, complete ? i - 1 : i).trim() === '') continue
    if (header === undefined) {
      header = fields
      continue
    }
    totalRows += 1
    if (count !== header.length) raggedRows += 1
    if (materialize) rows.push(fields)
  }
  const head = header ?? []
  return { header: head, rows, totalRows, columns: Math.max(head.length, ...rows.map((row) => row.length)), raggedRows }
}
